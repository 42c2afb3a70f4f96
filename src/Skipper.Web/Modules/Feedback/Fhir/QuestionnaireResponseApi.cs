using System.Security.Claims;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback.Fhir;

/// <summary>
/// A person's answered forms as FHIR QuestionnaireResponses, under the same rules as the pages: the person, or
/// staff with a care relation (the read is audited); anyone else gets 404.
/// </summary>
internal static class QuestionnaireResponseApi
{
    public static void MapFhirQuestionnaireResponses(this IEndpointRouteBuilder fhir)
    {
        fhir.MapGet("/QuestionnaireResponse", async (HttpRequest request, string? subject, ClaimsPrincipal user, FeedbackDoor door, AppDbContext db, CancellationToken cancellationToken) =>
            {
                var id = subject?.Replace("Patient/", "", StringComparison.Ordinal);
                if (!Guid.TryParse(id, out var personId))
                {
                    return FhirJson.Invalid("subject must be a person id (Patient/{id}).");
                }
                var opened = await door.OpenAsync(user, personId, PersonOperation.Read, $"{FeedbackDoor.Resource}/fhir");
                if (!opened.IsOpen)
                {
                    return FhirJson.NotFound($"Patient/{personId}");
                }
                var rows = await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.PersonId == personId)
                    .OrderBy(r => r.Date).ThenBy(r => r.StoredAt).ToListAsync(cancellationToken);
                return FhirJson.Result(FhirJson.SearchSet(request, await MapAsync(db, rows, cancellationToken)));
            })
            .WithSummary("A FHIR R4 searchset Bundle of the person's answered forms (?subject={personId}). The person, or staff with a care relation.");

        fhir.MapGet("/QuestionnaireResponse/{id:guid}", async (Guid id, ClaimsPrincipal user, FeedbackDoor door, AppDbContext db, CancellationToken cancellationToken) =>
            {
                var row = await db.Set<FeedbackResponse>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
                var opened = row is null ? null : await door.OpenAsync(user, row.PersonId, PersonOperation.Read, $"{FeedbackDoor.Resource}/fhir");
                return row is null || opened is not { IsOpen: true }
                    ? FhirJson.NotFound($"QuestionnaireResponse/{id}")
                    : FhirJson.Result((await MapAsync(db, [row], cancellationToken))[0]);
            })
            .WithSummary("One answered form as a FHIR R4 QuestionnaireResponse.");
    }

    private static async Task<List<Resource>> MapAsync(AppDbContext db, List<FeedbackResponse> rows, CancellationToken cancellationToken)
    {
        var versionIds = rows.Select(r => r.InstrumentVersionId).Distinct().ToList();
        var versions = await db.Set<InstrumentVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken);
        var questionnaires = versions.ToDictionary(v => v.Id, v => (Version: v, Questionnaire: ResponseToFhir.QuestionnaireOf(v)));
        return [.. rows.Select(r => (Resource)ResponseToFhir.Map(r, questionnaires[r.InstrumentVersionId].Version, questionnaires[r.InstrumentVersionId].Questionnaire))];
    }
}
