using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Instruments.Admin;

internal static class InstrumentsAdminApi
{
    public static void MapAdminInstruments(this IEndpointRouteBuilder admin)
    {
        var instruments = admin.MapGroup("/instruments");

        instruments.MapGet("/", async (InstrumentsAdmin handler, CancellationToken cancellationToken) => TypedResults.Ok(await handler.ListAsync(cancellationToken)))
            .WithSummary("Every stored instrument version of the municipality: current ones first, with who uploaded it and when.");

        instruments.MapPost("/", async Task<Results<Created<UploadedInstrument>, ProblemHttpResult>> (
                HttpRequest request, ClaimsPrincipal user, InstrumentsAdmin handler, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
            {
                var json = await ReadBodyAsync(request, cancellationToken);
                var outcome = json is null
                    ? UploadOutcome.Refused(StatusCodes.Status400BadRequest, DefinitionProblem.Of("TooLarge", FeedbackLimits.DefinitionBytes / 1024))
                    : await handler.UploadAsync(user, json, cancellationToken);
                return outcome.Succeeded
                    ? TypedResults.Created($"/api/v1/fhir/Questionnaire/{outcome.Uploaded.Id}", outcome.Uploaded)
                    : outcome.ToProblem(texts);
            })
            .Accepts<object>("application/json", "application/fhir+json")
            .WithSummary("Uploads a definition file (a FHIR R4 Questionnaire with Skipper's extensions) as the body. 201 with code, "
                + "version and kind: the new version becomes current. 400 lists every problem; 409 when that code and version exist.");
    }

    /// <summary>The body as text, or null when it is larger than a definition file may be (read no further than that).</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > FeedbackLimits.DefinitionBytes)
        {
            return null;
        }
        var buffer = new byte[FeedbackLimits.DefinitionBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }
        return length > FeedbackLimits.DefinitionBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>A problem with a Norwegian title; every problem in "errors.definition", and by key in "problems".</summary>
    internal static ProblemHttpResult ToProblem(this UploadOutcome outcome, IStringLocalizer texts)
    {
        var messages = outcome.Problems.Select(p => p.Text(texts)).ToArray();
        var title = outcome.Status == StatusCodes.Status409Conflict && messages.Length > 0 ? messages[0] : texts["Feedback.Definition.Refused"].Value;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["definition"] = messages })
        {
            Title = title,
            Status = outcome.Status,
        };
        problem.Extensions["problems"] = outcome.Problems.Select(p => new { key = p.Key, arguments = p.Arguments }).ToArray();
        return TypedResults.Problem(problem);
    }
}
