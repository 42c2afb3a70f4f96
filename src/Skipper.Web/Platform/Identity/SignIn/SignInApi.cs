using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Platform.Identity.SignIn;

internal static class SignInApi
{
    public static void MapSignIn(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (
                LoginRequest? request, SignInCommand command, IStringLocalizer<Texts> texts) =>
            {
                var outcome = await command.SignInAsync(request?.Email, request?.Password, IdentityConstants.BearerScheme);
                if (outcome == SignInOutcome.SignedIn)
                {
                    // The bearer handler has already written { tokenType, accessToken, expiresIn, refreshToken }.
                    return TypedResults.Empty;
                }
                var status = outcome == SignInOutcome.MissingInput ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized;
                return TypedResults.Problem(title: texts[SignInCommand.MessageKey(outcome)], statusCode: status);
            })
            .AllowAnonymous()
            .WithSummary("Signs in with e-mail and password and returns a bearer token (accessToken).");

    internal sealed record LoginRequest(string? Email, string? Password);
}
