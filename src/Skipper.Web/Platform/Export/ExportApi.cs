using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Platform.Export;

/// <summary>GET /api/v1/me/export: everything about the signed-in person as one JSON file to keep or take elsewhere.</summary>
internal static class ExportApi
{
    public const string Format = "skipper-export/1";

    public static void MapExport(this IEndpointRouteBuilder api) =>
        api.MapGet("/me/export", async Task<Results<JsonHttpResult<Dictionary<string, object?>>, ProblemHttpResult>> (
                ClaimsPrincipal user, HttpResponse response, AppDbContext db, IEnumerable<IExportSection> sections, IAuditLog audit,
                TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
            {
                var userId = user.UserId();
                var personId = await db.Persons.AsNoTracking().Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
                if (personId is null)
                {
                    return TypedResults.Problem(title: texts["Problem.404"], statusCode: StatusCodes.Status404NotFound);
                }
                var now = clock.GetUtcNow();
                var document = new Dictionary<string, object?> { ["format"] = Format, ["exportedAt"] = now };
                var subject = new ExportSubject(user, personId.Value);
                foreach (var section in sections)
                {
                    document[section.Name] = await section.ReadAsync(subject, cancellationToken);
                }
                // The person's own reads are not logged, but a whole export is: it shows if a stolen session took everything.
                await audit.RecordAsync(user, AuditEntry.About(AuditActions.Export, "export", personId), cancellationToken);
                var fileName = $"skipper-eksport-{now.InNorway().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.json";
                response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
                response.Headers.CacheControl = "no-store";
                return TypedResults.Json(document, new JsonSerializerOptions(json.Value.SerializerOptions) { WriteIndented = true });
            })
            .RequireAuthorization(Policies.Person)
            .WithSummary("Everything Skipper holds about me as one JSON document (a download): who I am, my plan, my crew and who has seen my data.");
}
