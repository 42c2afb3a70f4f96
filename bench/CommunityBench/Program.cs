using CommunityBench;
using PlanBench;

// dotnet CommunityBench.dll fill    --url http://127.0.0.1:PORT [--offers 5000] [--courses 500]
// dotnet CommunityBench.dll measure --url http://127.0.0.1:PORT [--requests 1000] [--concurrency 4]
// dotnet CommunityBench.dll rate    --url URL --path PATH [--requests 20000] [--concurrency 32]   (requests per second)
var options = Args.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "fill" => await Fill.RunAsync(options),
    "measure" => await Measure.RunAsync(options),
    "rate" => await Measure.RateAsync(options),
    _ => Args.Usage(),
};
