using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding.Accounts;

namespace Skipper.IntegrationTests.Platform.Onboarding;

/// <summary>My plan builds the invitation; onboarding gives it the relative's account and sign-up link.</summary>
[Collection(OnboardingCollection.Name)]
public sealed class RelativeInvitationTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_person_invites_a_relative_who_gets_an_account_and_a_link_and_the_event_names_the_person(string provider)
    {
        var app = apps.For(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var personUser = (await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(Clients.Demo("bruker")))!;
        var inviter = await services.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync(personUser);
        var personId = await db.Persons.IgnoreQueryFilters().Where(p => p.UserId == personUser.Id).Select(p => p.Id).SingleAsync();
        var email = Onboard.NewEmail("relativ");

        var outcome = await services.GetRequiredService<CreateAccountCommand>().CreateRelativeAsync(inviter, personId, "Rita Relativ", email);

        outcome.Succeeded.ShouldBeTrue();
        outcome.Value.Account.Role.ShouldBe(Roles.Relative);
        var audit = (await app.AuditAsync($"account/{outcome.Value.Account.Id}")).ShouldHaveSingleItem();
        audit.Action.ShouldBe(AuditActions.AccountCreated);
        audit.PersonId.ShouldBe(personId);
        audit.ActorName.ShouldBe("Ola Nordmann");
        audit.TenantId.ShouldBe(personUser.TenantId);
        (await app.CreateClient().SignUpAsync(outcome.Value.Link.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.LoginStatusAsync(email)).ShouldBe(HttpStatusCode.OK);
    }
}
