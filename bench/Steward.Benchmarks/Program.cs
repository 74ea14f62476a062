using BenchmarkDotNet.Running;
using Steward.Benchmarks;

// http-decisions and http-banner run wrk load tests, audit the timed audit-log run; anything else goes to BenchmarkDotNet.
if (args is ["http-decisions", ..]) return await HttpDecisionLoad.RunAsync(args);
if (args is ["http-banner", ..]) return await HttpBannerLoad.RunAsync(args);
if (args is ["audit", .. var rest]) return await AuditBenchmarks.RunAsync(rest);
if (args is ["retention", .. var sweepArgs]) return await RetentionSweepLoad.RunAsync(sweepArgs);
if (args is ["access-package", .. var sizes]) return await AccessPackageBench.RunAsync(sizes);
BenchmarkSwitcher.FromAssembly(typeof(GateBenchmarks).Assembly).Run(args);
return 0;
