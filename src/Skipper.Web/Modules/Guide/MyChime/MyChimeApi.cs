using Skipper.Web.Platform.Onboarding;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Guide.MyChime;

/// <summary>/api/v1/guide/exercises/chime: the signed-in employee's own Exercise 2. There is no way to ask for someone else's.</summary>
internal static class MyChimeApi
{
    public static void MapMyChimeExercise(this IEndpointRouteBuilder api)
    {
        var chime = api.MapGroup("/guide/exercises/chime").RequireAuthorization(Policies.Employee);

        chime.MapGet("", async (ClaimsPrincipal user, MyChimeExercise exercise) => TypedResults.Ok(await exercise.GetAsync(user)))
            .WithSummary("My Exercise 2: { connectedness, hope, identity, meaning, empowerment, purpose, version, updatedAt, completedAt }. Version 0 before the first save.");

        chime.MapPut("", async (ChimeExerciseRequest? request, ClaimsPrincipal user, MyChimeExercise exercise, IStringLocalizer<Texts> texts) =>
                (await exercise.SaveAsync(user, request)).ToOk(texts))
            .WithSummary("Saves all five texts (at most 4000 characters each) and purpose (alone, colleagues, personInRecovery) with the version I started from. An old version gets 409 with what is stored.");
    }
}
