using GuideBench;
using PlanBench;

// dotnet GuideBench.dll fill    --url http://127.0.0.1:PORT [--cards 500] [--sessions 10000]
// dotnet GuideBench.dll measure --url http://127.0.0.1:PORT [--requests 1000] [--concurrency 4]
var options = Args.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "fill" => await Fill.RunAsync(options),
    "measure" => await Measure.RunAsync(options),
    _ => Args.Usage(),
};
