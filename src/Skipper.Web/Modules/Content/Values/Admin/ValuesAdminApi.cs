using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Content.Values.Admin;

internal static class ValuesAdminApi
{
    public static void MapAdminValues(this IEndpointRouteBuilder admin)
    {
        var values = admin.MapGroup("/values");

        values.MapGet("/", async (ValuesAdmin handler) => TypedResults.Ok(await handler.ListAsync()))
            .WithSummary("Every value of the municipality, retired ones last, with sort order and when it last changed.");

        values.MapPost("/", async Task<Results<Created<AdminValueRow>, ProblemHttpResult>> (
                NewValue? request, ClaimsPrincipal user, ValuesAdmin handler, IStringLocalizer<Texts> texts) =>
            {
                var outcome = await handler.CreateAsync(user, request);
                return outcome.Succeeded
                    ? TypedResults.Created($"/api/v1/admin/values/{outcome.Value.Id}", outcome.Value)
                    : outcome.Refusal.ToProblem(texts);
            })
            .WithSummary("Adds a value { name, sortOrder? }: name required, at most 100 characters, unique in the municipality ignoring case (409 if taken).");

        values.MapPut("/{id:guid}", async (Guid id, ValueChange? change, ClaimsPrincipal user, ValuesAdmin handler, IStringLocalizer<Texts> texts) =>
                (await handler.UpdateAsync(user, id, change)).ToOk(texts))
            .WithSummary("Renames or moves a value { name?, sortOrder? }: lower sort order comes first; equal ones are alphabetical.");

        values.MapPost("/{id:guid}/retire", async (Guid id, ClaimsPrincipal user, ValuesAdmin handler, IStringLocalizer<Texts> texts) =>
                (await handler.RetireAsync(user, id)).ToOk(texts))
            .WithSummary("Hides a value from new choices; choices already made keep it.");

        values.MapPost("/{id:guid}/restore", async (Guid id, ClaimsPrincipal user, ValuesAdmin handler, IStringLocalizer<Texts> texts) =>
                (await handler.RestoreAsync(user, id)).ToOk(texts))
            .WithSummary("Puts a retired value back in the list.");
    }

    private static Results<Ok<AdminValueRow>, ProblemHttpResult> Answer(Outcome<AdminValueRow> outcome, IStringLocalizer<Texts> texts) =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value) : outcome.Refusal.ToProblem(texts);
}
