using BenchmarkDotNet.Running;
using Steward.Benchmarks;

// http-decisions runs the wrk load test; anything else goes to BenchmarkDotNet.
if (args is ["http-decisions", ..]) return await HttpDecisionLoad.RunAsync(args);
BenchmarkSwitcher.FromAssembly(typeof(GateBenchmarks).Assembly).Run(args);
return 0;
