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
                var outcome = await command.SignInAsync(request?.Email, request?.Password, request?.TwoFactorCode, IdentityConstants.BearerScheme);
                if (outcome == SignInOutcome.SignedIn)
                {
                    // The bearer handler has already written { tokenType, accessToken, expiresIn, refreshToken }.
                    return TypedResults.Empty;
                }
                return TypedResults.Problem(title: texts[SignInCommand.MessageKey(outcome)], statusCode: SignInCommand.StatusCode(outcome));
            })
            .AllowAnonymous()
            .WithSummary("Signs in with e-mail, password and, when the account has two-factor on, twoFactorCode; returns a bearer token (accessToken).");

    internal sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode);
}
