using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Onboarding.Invitations;

namespace Skipper.IntegrationTests.Platform.Onboarding;

[Collection(OnboardingCollection.Name)]
public sealed class AccountsAdminTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_administrator_creates_an_account_of_each_kind_without_a_password_and_with_a_hashed_link(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var department = await admin.DepartmentIdAsync();

        foreach (var (role, departmentId) in new (string, Guid?)[]
                 { ("bruker", department), ("ansatt", department), ("erfaringsmedarbeider", department), ("avdelingsleder", department),
                   ("seksjonsleder", null), ("tilbyder", null), ("parorende", null), ("admin", null) })
        {
            var made = await admin.CreateAccountAsync(role, departmentId, name: $"Konto {role}");

            made.SignUpUrl.ShouldStartWith("http://localhost/registrer/");
            var account = await (await admin.GetAsync($"/api/v1/admin/accounts/{made.Id}")).JsonAsync();
            account.GetProperty("role").GetString().ShouldBe(role);
            account.GetProperty("isActive").GetBoolean().ShouldBeTrue();
            account.GetProperty("hasSignedUp").GetBoolean().ShouldBeFalse();
            var user = await app.InDbAsync(db => db.Users.SingleAsync(u => u.Id == made.Id));
            user.PasswordHash.ShouldBeNull();
            user.EmailConfirmed.ShouldBeTrue();
            user.DepartmentId.ShouldBe(departmentId);
            var invitation = await app.InDbAsync(db => db.SignUpInvitations.IgnoreQueryFilters().SingleAsync(i => i.UserId == made.Id));
            invitation.TokenHash.ShouldBe(SignUpLinks.HashOf(made.Token));
            (invitation.ExpiresAt - invitation.CreatedAt).ShouldBe(TimeSpan.FromDays(7));
            var person = await app.InDbAsync(db => db.Persons.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.UserId == made.Id));
            var events = await app.AuditAsync($"account/{made.Id}");
            events.Select(e => e.Action).ShouldBe([AuditActions.AccountCreated, AuditActions.Read]);
            var audit = events[0];
            if (role == "bruker")
            {
                person.ShouldNotBeNull().DisplayName.ShouldBe("Konto bruker");
                person.DepartmentId.ShouldBe(department);
                person.TenantId.ShouldBe(user.TenantId);
                audit.PersonId.ShouldBe(person.Id);
            }
            else
            {
                person.ShouldBeNull();
                audit.PersonId.ShouldBeNull();
            }
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_email_in_use_in_any_municipality_gets_409_and_nothing_is_created(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var counts = () => app.InDbAsync(async db => (await db.Users.CountAsync(), await db.Persons.IgnoreQueryFilters().CountAsync(),
            await db.SignUpInvitations.IgnoreQueryFilters().CountAsync()));
        var before = await counts();

        var response = await admin.PostAsJsonAsync("/api/v1/admin/accounts",
            new { displayName = "Noen Andre", email = "BRUKER@nabo.skipper.local", role = "bruker" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Denne e-postadressen har allerede en konto i Skipper. Ingen konto er laget.");
        problem.GetProperty("errors").GetProperty("email")[0].GetString().ShouldStartWith("Denne e-postadressen");
        (await counts()).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_gets_a_message_per_field_and_nothing_is_created(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var before = await app.InDbAsync(db => db.Users.CountAsync());
        var naboDepartment = await (await app.ApiAs(Clients.Nabo("admin"))).DepartmentIdAsync("Oppfølgingstjenesten");

        var staffWithoutDepartment = await admin.PostAsJsonAsync("/api/v1/admin/accounts", new { displayName = "Ny Ansatt", email = Onboard.NewEmail(), role = "ansatt" });
        var everythingWrong = await admin.PostAsJsonAsync("/api/v1/admin/accounts", new { displayName = "", email = "ikke-epost", role = "kaptein" });
        var otherDepartment = await admin.PostAsJsonAsync("/api/v1/admin/accounts",
            new { displayName = "Ny Bruker", email = Onboard.NewEmail(), role = "bruker", departmentId = naboDepartment });
        var badGuid = await admin.PostAsync("/api/v1/admin/accounts",
            new StringContent("{\"displayName\":\"X\",\"departmentId\":\"nei\"}", System.Text.Encoding.UTF8, "application/json"));

        staffWithoutDepartment.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staffWithoutDepartment.JsonAsync()).GetProperty("errors").GetProperty("departmentId")[0].GetString()
            .ShouldBe("Velg en avdeling. Denne rollen jobber i en avdeling.");
        var errors = (await everythingWrong.JsonAsync()).GetProperty("errors");
        errors.GetProperty("displayName")[0].GetString().ShouldBe("Skriv navnet.");
        errors.GetProperty("email")[0].GetString()!.ShouldStartWith("Skriv en gyldig e-postadresse");
        errors.GetProperty("role")[0].GetString().ShouldBe("Velg en rolle fra listen.");
        (await otherDepartment.JsonAsync()).GetProperty("errors").GetProperty("departmentId")[0].GetString()!.ShouldStartWith("Avdelingen finnes ikke");
        badGuid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.InDbAsync(db => db.Users.CountAsync())).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Someone_who_is_not_an_administrator_gets_403_everywhere(string provider)
    {
        var app = apps.For(provider);
        var staff = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var target = (await app.InDbAsync(db => db.Users.FirstAsync(u => u.Email == Clients.Demo("ansatt")))).Id;

        (await staff.GetAsync("/api/v1/admin/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync("/api/v1/admin/departments")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsJsonAsync("/api/v1/admin/departments", new { name = "Mitt team" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsJsonAsync("/api/v1/admin/accounts", new { displayName = "X", email = Onboard.NewEmail(), role = "admin" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsync($"/api/v1/admin/accounts/{target}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsync($"/api/v1/admin/accounts/{target}/sign-up-link", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.BrowserAs(Clients.Demo("bruker"))).GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.CreateClient().GetAsync("/api/v1/admin/accounts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.InDbAsync(db => db.Users.SingleAsync(u => u.Id == target))).IsActive.ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_municipalitys_account_is_not_found_and_not_changed(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var naboAccount = await (await app.ApiAs(Clients.Nabo("admin"))).CreateAccountAsync("tilbyder");

        var read = await admin.GetAsync($"/api/v1/admin/accounts/{naboAccount.Id}");
        var deactivate = await admin.PostAsync($"/api/v1/admin/accounts/{naboAccount.Id}/deactivate", null);
        var link = await admin.PostAsync($"/api/v1/admin/accounts/{naboAccount.Id}/sign-up-link", null);

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        deactivate.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deactivate.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke kontoen i kommunen din. Ingenting er endret.");
        link.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.InDbAsync(db => db.Users.SingleAsync(u => u.Id == naboAccount.Id))).IsActive.ShouldBeTrue();
        (await admin.GetStringAsync("/api/v1/admin/accounts")).ShouldNotContain(naboAccount.Email);
        (await app.AuditAsync($"account/{naboAccount.Id}")).Select(e => e.Action)
            .ShouldBe([AuditActions.AccountCreated, AuditActions.NotFound, AuditActions.NotFound, AuditActions.NotFound], ignoreOrder: true);
    }
}
