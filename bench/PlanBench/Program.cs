using PlanBench;

// dotnet PlanBench.dll fill    --provider Sqlite|Postgres --connection CS [--people 10000]
// dotnet PlanBench.dll measure --url http://127.0.0.1:PORT [--requests 1000] [--concurrency 4] [--persons 40] [--staff 5]
// dotnet PlanBench.dll drop    --connection CS   (drops the PostgreSQL database named in CS)
var options = Args.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "fill" => await Fill.RunAsync(options),
    "measure" => await Measure.RunAsync(options),
    "drop" => await Fill.DropAsync(options),
    _ => Args.Usage(),
};
