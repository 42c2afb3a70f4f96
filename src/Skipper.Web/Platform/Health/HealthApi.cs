namespace Skipper.Web.Platform.Health;

internal static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", () => TypedResults.Ok(new HealthStatus("ok")))
            .AllowAnonymous()
            .WithSummary("Answers 200 while Skipper is up.");

    internal sealed record HealthStatus(string Status);
}
