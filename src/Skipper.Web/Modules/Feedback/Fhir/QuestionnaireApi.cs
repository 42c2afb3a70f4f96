using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback.Fhir;

/// <summary>
/// The municipality's instruments as FHIR Questionnaires. Not personal data: anyone signed in to the municipality
/// may read them. Questionnaire.id is the stored version's id, so an answer can point at the exact version.
/// </summary>
internal static class QuestionnaireApi
{
    public static void MapFhirQuestionnaires(this IEndpointRouteBuilder fhir)
    {
        fhir.MapGet("/Questionnaire", async (HttpRequest request, string? url, string? code, AppDbContext db, CancellationToken cancellationToken) =>
            {
                var rows = await InstrumentStore.CurrentRowsAsync(db, cancellationToken);
                var matches = rows
                    .Where(r => url is null || r.Url == url)
                    .Where(r => code is null || r.Code == code)
                    .OrderBy(r => r.Kind).ThenBy(r => r.Code, StringComparer.Ordinal)
                    .Select(ToFhir)
                    .ToList<Resource>();
                return FhirJson.Result(FhirJson.SearchSet(request, matches));
            })
            .WithSummary("A FHIR R4 searchset Bundle of the current version of each instrument; optional url= and code= narrow it.");

        fhir.MapGet("/Questionnaire/{id:guid}", async (Guid id, AppDbContext db, CancellationToken cancellationToken) =>
            {
                var row = await db.Set<InstrumentVersion>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
                return row is null ? FhirJson.NotFound($"Questionnaire/{id}") : FhirJson.Result(ToFhir(row));
            })
            .WithSummary("One stored instrument version (current or older) as a FHIR R4 Questionnaire.");
    }

    /// <summary>The file as uploaded, with the stored version's id and when it was stored.</summary>
    private static Questionnaire ToFhir(InstrumentVersion row)
    {
        var questionnaire = JsonSerializer.Deserialize<Questionnaire>(row.Json, FhirJson.Options)!;
        questionnaire.Id = row.Id.ToString();
        questionnaire.Meta ??= new Meta();
        questionnaire.Meta.LastUpdated = row.UploadedAt;
        questionnaire.Meta.VersionId = "1";
        return questionnaire;
    }
}
