using System.Net;
using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Platform.Onboarding;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Feedback;

[Collection(InstrumentsCollection.Name)]
public sealed class QuestionnaireFhirTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task The_questionnaire_bundle_is_valid_fhir_that_firely_reads_strictly(string provider)
    {
        var app = apps.For(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var bundle = await person.QuestionnairesAsync();

        bundle.Type.ShouldBe(Bundle.BundleType.Searchset);
        bundle.Total.ShouldBe(3);
        bundle.Entry.Count.ShouldBe(3);
        var questionnaires = bundle.Entry.Select(e => (Questionnaire)e.Resource!).ToList();
        questionnaires.Select(q => q.Url).ShouldBe(
            ["https://skipper.no/fhir/Questionnaire/outcome", "https://skipper.no/fhir/Questionnaire/alliance", "https://skipper.no/fhir/Questionnaire/recovery-support"]);
        bundle.Entry.ShouldAllBe(e => e.FullUrl!.EndsWith($"/api/v1/fhir/Questionnaire/{e.Resource!.Id}"));
        foreach (var entry in bundle.Entry)
        {
            var one = await (await person.GetAsync($"/api/v1/fhir/Questionnaire/{entry.Resource!.Id}")).FhirAsync<Questionnaire>();
            one.Id.ShouldBe(entry.Resource!.Id);
            one.Url.ShouldBe(((Questionnaire)entry.Resource!).Url);
        }
        var byUrl = await person.QuestionnairesAsync("?url=https://skipper.no/fhir/Questionnaire/recovery-support");
        ((Questionnaire)byUrl.Entry.Single().Resource!).Title.ShouldBe("Recoverystøtte");
        (await person.QuestionnairesAsync("?code=nothing")).Total.ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task A_neighbour_municipality_sees_only_its_own_questionnaires(string provider)
    {
        var app = apps.For(provider);
        var demo = await (await app.ApiAs(Clients.Demo("ansatt"))).QuestionnairesAsync();
        var nabo = await app.ApiAs(Clients.Nabo("ansatt"));

        var theirs = await nabo.QuestionnairesAsync();

        theirs.Total.ShouldBe(3);
        theirs.Entry.Select(e => e.Resource!.Id).ShouldNotContain(id => demo.Entry.Any(d => d.Resource!.Id == id));
        var other = await nabo.GetAsync($"/api/v1/fhir/Questionnaire/{demo.Entry[0].Resource!.Id}");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.FhirAsync<OperationOutcome>()).Issue.Single().Code.ShouldBe(OperationOutcome.IssueType.NotFound);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task Questionnaires_need_a_signed_in_account(string provider)
    {
        var app = apps.For(provider);

        (await app.CreateClient().GetAsync("/api/v1/fhir/Questionnaire")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().GetAsync($"/api/v1/fhir/Questionnaire/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task A_municipality_without_instruments_gets_the_shipped_three_at_start_up_once(string provider)
    {
        var app = apps.For(provider);
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = "Nykommune", HostName = $"ny-{Guid.NewGuid():N}.example", CreatedAt = DateTimeOffset.UtcNow };
        await app.InDbAsync(async db =>
        {
            db.Tenants.Add(tenant);
            return await db.SaveChangesAsync();
        });

        for (var time = 0; time < 2; time++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            foreach (var seed in scope.ServiceProvider.GetServices<IStartupSeed>())
            {
                await seed.SeedAsync();
            }
        }

        var rows = (await app.InstrumentRowsAsync()).Where(r => r.TenantId == tenant.Id).ToList();
        rows.Select(r => r.Code).ShouldBe(ShippedInstruments.Names, ignoreOrder: true);
        rows.ShouldAllBe(r => r.IsCurrent && r.UploadedBy == ShippedInstruments.UploadedBy);
    }
}
