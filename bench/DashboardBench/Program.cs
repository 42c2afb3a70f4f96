using DashboardBench;
using FeedbackBench;

// dotnet DashboardBench.dll spread  --provider Sqlite|Postgres --connection CS [--months 24] [--meetings-per-person 3] [--restart-share 10]
// dotnet DashboardBench.dll department --provider Sqlite|Postgres --connection CS   (prints the demo department leader's department id)
// dotnet DashboardBench.dll measure --url http://127.0.0.1:PORT [--requests 200] [--warmup 20] [--concurrency 2]
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
var options = Args.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "spread" => await Spread.RunAsync(options),
    "department" => await Spread.DepartmentAsync(options),
    "measure" => await Measure.RunAsync(options),
    _ => Args.Usage(),
};
