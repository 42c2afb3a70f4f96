using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.MyValues;

/// <summary>/api/v1/guide/exercises/values: the signed-in employee's own Exercise 1. There is no way to ask for someone else's.</summary>
internal static class MyValuesApi
{
    public static void MapMyValuesExercise(this IEndpointRouteBuilder api)
    {
        var values = api.MapGroup("/guide/exercises/values").RequireAuthorization(Policies.Employee);

        values.MapGet("", async (ClaimsPrincipal user, MyValuesExercise exercise) => TypedResults.Ok(await exercise.CurrentAsync(user)))
            .WithSummary("My current round: { number, chosen, kept, reflection, version, startedAt, updatedAt, completedAt }. Version 0 before the first save.");

        values.MapPut("", async (ValuesRoundRequest? request, ClaimsPrincipal user, MyValuesExercise exercise, IStringLocalizer<Texts> texts) =>
                (await exercise.SaveAsync(user, request)).ToOk(texts))
            .WithSummary("Saves my current round: { chosen: [up to 10], kept: [up to 5 of the chosen], reflection (at most 4000 characters), version }. An old version gets 409 with the stored round.");

        values.MapGet("/rounds", async (ClaimsPrincipal user, MyValuesExercise exercise) => TypedResults.Ok(await exercise.RoundsAsync(user)))
            .WithSummary("All my rounds, the first first, to compare.");

        values.MapPost("/rounds", async (ClaimsPrincipal user, MyValuesExercise exercise, IStringLocalizer<Texts> texts) =>
                (await exercise.StartRoundAsync(user)).ToCreated(texts))
            .WithSummary("Starts a new, empty round. 409 while the current round has no kept values.");
    }
}
