using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Platform.Onboarding.SignUp;

internal static class SignUpApi
{
    public static void MapSignUp(this IEndpointRouteBuilder api) =>
        api.MapPost("/sign-up/{token}", async Task<Results<Ok<SignUpInfo>, ProblemHttpResult>> (
                string token, SignUpRequest? request, SignUpCommand command, IStringLocalizer<Texts> texts) =>
            {
                var outcome = await command.CompleteAsync(token, request);
                return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : outcome.Refusal.ToProblem(texts);
            })
            .AllowAnonymous()
            .WithSummary("Chooses the first password { password, confirmPassword? } through a one-time sign-up link. 404 unknown link, 410 used or expired.");
}
