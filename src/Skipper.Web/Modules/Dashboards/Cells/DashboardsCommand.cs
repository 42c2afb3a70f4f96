namespace Skipper.Web.Modules.Dashboards.Cells;

/// <summary>`dotnet run --project src/Skipper.Web -- dashboards refresh`: recomputes every municipality's cells from its first data and exits.</summary>
internal static class DashboardsCommand
{
    public static bool IsRefresh(string[] args) => args is ["dashboards", "refresh", ..];

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var cells = services.GetRequiredService<DashboardCells>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var periods = await cells.RefreshEveryHistoryAsync();
            Console.WriteLine($"OK      {periods} periods recomputed in {started.Elapsed.TotalSeconds:0.0} s");
            return 0;
        }
        catch (System.Data.Common.DbException ex)
        {
            Console.Error.WriteLine("Could not recompute the dashboard cells: " + ex.Message);
            return 2;
        }
    }
}
