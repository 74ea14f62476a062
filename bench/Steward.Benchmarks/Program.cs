using BenchmarkDotNet.Running;
using Steward.Benchmarks;

if (args is ["audit", .. var rest]) return await AuditBenchmarks.RunAsync(rest);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
