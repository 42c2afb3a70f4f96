using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Skipper.IntegrationTests.Platform;

/// <summary>Whatever a user sends to any endpoint, the answer is never a 500.</summary>
[Collection(AppsCollection.Name)]
public sealed partial class NoServerErrorTests(Apps apps)
{
    private static readonly string[] Bodies = ["{bad", "[]", "{}", "null", "{\"email\": 5, \"reason\": [1], \"personId\": \"x\", \"endsAt\": \"igår\"}"];

    [Theory]
    [InlineData("admin")]
    [InlineData("ansatt")]
    [InlineData("bruker")]
    [InlineData("avdelingsleder")]
    public async Task No_endpoint_answers_500_to_malformed_input(string role)
    {
        var app = apps.For("Sqlite");
        var client = await app.ApiAs(Clients.Demo(role));
        var person = (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me")).JsonAsync()).GetProperty("personId").GetGuid();
        var department = (await (await (await app.ApiAs(Clients.Demo("avdelingsleder"))).GetAsync("/api/v1/me")).JsonAsync())
            .GetProperty("department").GetProperty("id").GetGuid();
        var real = new Dictionary<string, Guid> { ["id"] = person, ["departmentId"] = department };
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .SelectMany(m => new[] { (Method: m, Path: Fill(e.RoutePattern.RawText!, [])), (Method: m, Path: Fill(e.RoutePattern.RawText!, real)) }))
            .Where(r => !r.Path.Contains("auth/login", StringComparison.Ordinal))
            .ToList();

        var failures = new List<string>();
        foreach (var (method, path) in routes)
        {
            foreach (var body in method == "GET" ? [""] : Bodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method != "GET")
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }
                var response = await client.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{method} {path} with {body}: {(int)response.StatusCode}");
                }
            }
        }

        routes.Count.ShouldBeGreaterThan(5);
        failures.ShouldBeEmpty();
    }

    /// <summary>Puts real ids where the route names one we know, and random ones elsewhere.</summary>
    private static string Fill(string pattern, Dictionary<string, Guid> real) =>
        RouteParameter().Replace(pattern, m => real.TryGetValue(m.Groups[1].Value, out var id) ? id.ToString() : Guid.NewGuid().ToString());

    [GeneratedRegex(@"\{([^}:]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
