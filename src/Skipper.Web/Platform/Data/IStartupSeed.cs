namespace Skipper.Web.Platform.Data;

/// <summary>
/// Data a module gives every municipality that lacks it, run once at start-up after migrations (and after the
/// demo is seeded). Keep it to a query or two when there is nothing to do: start-up time counts.
/// </summary>
internal interface IStartupSeed
{
    Task SeedAsync(CancellationToken cancellationToken = default);
}
