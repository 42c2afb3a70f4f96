using FeedbackBench;

// dotnet FeedbackBench.dll fill    --provider Sqlite|Postgres --connection CS [--people 100000] [--sessions-per-person 10] [--spread-days 0]
// dotnet FeedbackBench.dll measure --url http://127.0.0.1:PORT --provider Sqlite|Postgres --connection CS [--app-pid PID] [options, see Measure]
// dotnet FeedbackBench.dll drop    --connection CS   (drops the PostgreSQL database named in CS)
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
var options = Args.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "fill" => await Fill.RunAsync(options),
    "measure" => await Measure.RunAsync(options),
    "drop" => await Database.DropAsync(options),
    _ => Args.Usage(),
};
