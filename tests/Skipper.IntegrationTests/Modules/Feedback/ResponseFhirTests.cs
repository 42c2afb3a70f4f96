using System.Net;
using System.Net.Http.Json;
using Hl7.Fhir.Model;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Feedback;

public sealed class ResponseFhirTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task Answered_forms_are_valid_fhir_responses_under_the_same_access_rules(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var outcome = await FeedbackKit.LinkIdsAsync(staff, "outcome");
        var sessionId = await FeedbackKit.StartSessionAsync(staff, personId);
        var stored = await (await FeedbackKit.AnswerAsync(person, sessionId, FeedbackKit.Form("outcome", outcome, 7.3, 5, 6, 6.5))).JsonAsync();
        var responseId = stored.GetProperty("id").GetGuid();
        var path = $"/api/v1/fhir/QuestionnaireResponse?subject={personId}";

        var bundle = await (await staff.GetAsync(path)).FhirAsync<Bundle>();
        var own = await (await person.GetAsync($"/api/v1/fhir/QuestionnaireResponse?subject=Patient/{personId}")).FhirAsync<Bundle>();
        var one = await (await staff.GetAsync($"/api/v1/fhir/QuestionnaireResponse/{responseId}")).FhirAsync<QuestionnaireResponse>();

        bundle.Type.ShouldBe(Bundle.BundleType.Searchset);
        own.Total.ShouldBe(bundle.Total);
        var mine = bundle.Entry.Select(e => (QuestionnaireResponse)e.Resource!).Single(r => r.Id == responseId.ToString());
        mine.Status.ShouldBe(QuestionnaireResponse.QuestionnaireResponseStatus.Completed);
        mine.Subject!.Reference.ShouldBe($"Patient/{personId}");
        mine.Questionnaire.ShouldStartWith("https://skipper.no/fhir/Questionnaire/outcome|");
        mine.Item.Select(i => i.LinkId).ShouldBe(outcome);
        ((FhirDecimal)mine.Item[0].Answer[0].Value!).Value.ShouldBe(7.3m);
        one.Id.ShouldBe(responseId.ToString());
        (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAs(Clients.Demo("parorende"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs(Clients.Nabo("ansatt"))).GetAsync($"/api/v1/fhir/QuestionnaireResponse/{responseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync("/api/v1/fhir/QuestionnaireResponse?subject=nobody")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "read" && e.PersonId == personId && e.Resource == "feedback/fhir");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task The_recovery_questionnaire_keeps_its_groups_and_part_scores(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var questionnaire = (Questionnaire)(await person.QuestionnairesAsync("?code=recovery-support")).Entry.Single().Resource!;
        var questions = questionnaire.Item.SelectMany(g => g.Item).Where(i => i.Type != Questionnaire.QuestionnaireItemType.Display).ToList();
        var answers = questions.Select(q => new { linkId = q.LinkId, value = q.Type == Questionnaire.QuestionnaireItemType.Boolean ? 1.0 : 3.0 }).ToArray();

        var stored = await person.PostAsJsonAsync("/api/v1/me/feedback/responses", new { questionnaire = "recovery-support", answers });
        var bundle = await (await person.GetAsync($"/api/v1/fhir/QuestionnaireResponse?subject={personId}")).FhirAsync<Bundle>();

        stored.StatusCode.ShouldBe(HttpStatusCode.Created);
        var storedId = (await stored.JsonAsync()).GetProperty("id").GetGuid().ToString();
        var response = bundle.Entry.Select(e => (QuestionnaireResponse)e.Resource!).Single(r => r.Id == storedId);
        response.Item.Select(i => i.LinkId).ShouldBe(questionnaire.Item.Where(i => i.Type == Questionnaire.QuestionnaireItemType.Group).Select(i => i.LinkId));
        response.Item.ShouldAllBe(group => group.Item.Count > 0);
        response.Extension.Count(e => e.Url == "https://skipper.no/fhir/StructureDefinition/score").ShouldBe(2);
    }
}
