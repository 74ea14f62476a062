using Steward.Cli;

return await StewardCli.RunAsync(args, Console.Out, Console.Error);
