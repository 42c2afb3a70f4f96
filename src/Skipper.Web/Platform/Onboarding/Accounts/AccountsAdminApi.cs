using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Platform.Onboarding.Accounts;

/// <summary>The account with the link to hand over. The link is in this answer only; it is never stored.</summary>
internal sealed record CreatedAccountView(AccountRow Account, string SignUpUrl, DateTimeOffset SignUpExpiresAt);

internal static class AccountsAdminApi
{
    public static void MapAdminAccounts(this IEndpointRouteBuilder admin)
    {
        var accounts = admin.MapGroup("/accounts");

        accounts.MapGet("/", async (ClaimsPrincipal user, AccountsQuery query) => TypedResults.Ok(await query.ListAsync(user)))
            .WithSummary("The accounts of the administrator's municipality: name, e-mail, role, department, active, signed up.");

        accounts.MapGet("/{id:guid}", async Task<Results<Ok<AccountRow>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, AccountsQuery query, IStringLocalizer<Texts> texts) =>
                await query.ReadAsync(user, id) is { } found
                    ? TypedResults.Ok(found)
                    : TypedResults.Problem(title: texts["Onboarding.Account.NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithSummary("One account of the administrator's municipality; another municipality's account is 404.");

        accounts.MapPost("/", async Task<Results<Created<CreatedAccountView>, ProblemHttpResult>> (
                NewAccount? request, ClaimsPrincipal user, CreateAccountCommand command, HttpRequest http, IStringLocalizer<Texts> texts) =>
            {
                var outcome = await command.CreateAsync(user, request);
                return outcome.Succeeded
                    ? TypedResults.Created($"{http.PathBase}{http.Path}/{outcome.Value.Account.Id}", View(outcome.Value, http))
                    : outcome.Refusal.ToProblem(texts);
            })
            .WithSummary("Creates an account { displayName, email, role, departmentId } without a password and returns a one-time signUpUrl (valid 7 days). 409 if the e-mail is in use anywhere.");

        accounts.MapPost("/{id:guid}/deactivate", async Task<Results<Ok<AccountRow>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, AccountCommands commands, IStringLocalizer<Texts> texts) =>
            {
                var outcome = await commands.DeactivateAsync(user, id);
                return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : outcome.Refusal.ToProblem(texts);
            })
            .WithSummary("Deactivates an account so it can no longer sign in. Not your own account.");

        accounts.MapPost("/{id:guid}/sign-up-link", async Task<Results<Ok<CreatedAccountView>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, AccountCommands commands, HttpRequest http, IStringLocalizer<Texts> texts) =>
            {
                var outcome = await commands.NewSignUpLinkAsync(user, id);
                return outcome.Succeeded ? TypedResults.Ok(View(outcome.Value, http)) : outcome.Refusal.ToProblem(texts);
            })
            .WithSummary("A new one-time signUpUrl for an active account that has not signed up yet; earlier links stop working.");
    }

    private static CreatedAccountView View(AccountWithLink created, HttpRequest http) =>
        new(created.Account, created.Link.UrlOn(http), created.Link.ExpiresAt);
}
