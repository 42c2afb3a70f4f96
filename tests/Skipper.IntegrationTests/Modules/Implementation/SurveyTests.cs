using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Identity;
using static Skipper.IntegrationTests.Modules.Implementation.ImplementationKit;

namespace Skipper.IntegrationTests.Modules.Implementation;

[Collection(AppsCollection.Name)]
public sealed class SurveyTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_survey_is_written_opened_answered_once_closed_and_read_with_small_cells_hidden(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var persons = await AddPersonsAsync(app, department, 7);
        var contact = await app.ApiAs(await app.CreateAccountAsync(Roles.RecoveryContact, department));
        var surveys = $"/api/v1/departments/{department.DepartmentId}/surveys";

        var draft = await CreateSurveyAsync(contact, department.DepartmentId);
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("state").GetString().ShouldBe("draft");
        var first = await app.ApiAs(persons[0]);
        var toDraft = await AnswerAsync(first, id, 5, true);
        toDraft.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await TitleAsync(toDraft)).ShouldBe("Undersøkelsen er ikke åpnet ennå. Ingenting er lagret.");

        var opened = await (await contact.PostAsync($"{surveys}/{id}/open", null)).JsonAsync();
        opened.GetProperty("invited").GetInt32().ShouldBe(7);
        (await contact.PostAsync($"{surveys}/{id}/open", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var mine = await (await first.GetAsync("/api/v1/me/surveys")).JsonAsync();
        mine.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id).GetProperty("answered").GetBoolean().ShouldBeFalse();

        // Six answer: five 5s and one 4 on the scale, all yes; the seventh never does.
        for (var i = 0; i < 6; i++)
        {
            var person = i == 0 ? first : await app.ApiAs(persons[i]);
            (await AnswerAsync(person, id, i == 5 ? 4 : 5, true, $"Tekst {i}")).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var again = await AnswerAsync(first, id, 1, false);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await TitleAsync(again)).ShouldBe("Du har allerede svart på denne undersøkelsen. Takk! Du kan bare svare én gang.");

        var whileOpen = await (await contact.GetAsync($"{surveys}/{id}/results")).JsonAsync();
        whileOpen.GetProperty("shown").GetBoolean().ShouldBeFalse();
        whileOpen.GetProperty("survey").GetProperty("answered").GetInt32().ShouldBe(6);
        whileOpen.GetProperty("survey").GetProperty("ratePercent").GetInt32().ShouldBe(86);

        (await contact.PostAsync($"{surveys}/{id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var late = await AnswerAsync(await app.ApiAs(persons[6]), id, 3, false);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await TitleAsync(late)).ShouldBe("Undersøkelsen er stengt, så den tar ikke imot flere svar. Ingenting er lagret.");
        (await CountAsync<SurveyResponse>(app, q => q.Where(r => r.SurveyId == id))).ShouldBe(6);

        var results = await (await contact.GetAsync($"{surveys}/{id}/results")).JsonAsync();
        results.GetProperty("shown").GetBoolean().ShouldBeTrue();
        var scale = results.GetProperty("questions")[0];
        var cells = scale.GetProperty("cells").EnumerateArray().ToList();
        cells.Select(c => c.GetProperty("count").ValueKind == JsonValueKind.Null ? -1 : c.GetProperty("count").GetInt32()).ShouldBe([0, 0, 0, -1, -1]);
        cells[3].GetProperty("hidden").GetString().ShouldBe("under 5");
        cells[4].GetProperty("hidden").GetString().ShouldBe("complement");
        scale.GetProperty("mean").ValueKind.ShouldBe(JsonValueKind.Null);
        var yesNo = results.GetProperty("questions")[1].GetProperty("cells");
        yesNo[0].GetProperty("count").GetInt32().ShouldBe(6);
        yesNo[1].GetProperty("count").GetInt32().ShouldBe(0);
        results.GetProperty("questions")[2].GetProperty("texts").EnumerateArray().Select(t => t.GetString()).Order()
            .ShouldBe(Enumerable.Range(0, 6).Select(i => $"Tekst {i}"));

        var page = await (await app.BrowserAs(Clients.Demo("seksjonsleder"))).GetStringAsync($"/avdeling/undersokelser/{id}");
        page.ShouldContain("86 %");
        page.ShouldContain("færre enn 5");
        page.ShouldContain("Gjennomsnittet er skjult");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_five_answers_the_results_and_the_count_stay_hidden_after_closing(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var persons = await AddPersonsAsync(app, department, 5);
        var leader = await app.ApiAs(await app.CreateAccountAsync(Roles.DepartmentLeader, department));
        var id = await OpenSurveyAsync(leader, department.DepartmentId);
        foreach (var email in persons.Take(4))
        {
            (await AnswerAsync(await app.ApiAs(email), id, 5, true, "hemmelig")).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        (await leader.PostAsync($"/api/v1/departments/{department.DepartmentId}/surveys/{id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await leader.GetAsync($"/api/v1/departments/{department.DepartmentId}/surveys/{id}/results");
        var text = await response.Content.ReadAsStringAsync();
        var results = JsonDocument.Parse(text).RootElement;

        results.GetProperty("shown").GetBoolean().ShouldBeFalse();
        results.GetProperty("hiddenReason").GetString().ShouldBe("under 5");
        results.GetProperty("survey").GetProperty("answered").ValueKind.ShouldBe(JsonValueKind.Null);
        results.GetProperty("survey").GetProperty("ratePercent").ValueKind.ShouldBe(JsonValueKind.Null);
        text.ShouldNotContain("hemmelig");
        var page = await (await app.BrowserAs(Clients.Demo("seksjonsleder"))).GetStringAsync($"/avdeling/undersokelser/{id}");
        page.ShouldContain("Færre enn 5 har svart, så vi viser ingen resultater.");
        page.ShouldNotContain("hemmelig");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task No_stored_answer_can_be_tied_to_the_person_who_gave_it(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var persons = await AddPersonsAsync(app, department, 5);
        var contact = await app.ApiAs(await app.CreateAccountAsync(Roles.RecoveryContact, department));
        var id = await OpenSurveyAsync(contact, department.DepartmentId);
        var receipt = await (await AnswerAsync(await app.ApiAs(persons[0]), id, 4, true, "ord")).JsonAsync();
        await AnswerAsync(await app.ApiAs(persons[1]), id, 2, false);

        receipt.EnumerateObject().Select(p => p.Name).Order().ShouldBe(["answered", "surveyId"]);
        var (responseColumns, itemColumns, markColumns) = await InDbAsync(app, db => Task.FromResult((
            db.Model.FindEntityType(typeof(SurveyResponse))!.GetProperties().Select(p => p.Name).Order().ToList(),
            db.Model.FindEntityType(typeof(SurveyResponseItem))!.GetProperties().Select(p => p.Name).Order().ToList(),
            db.Model.FindEntityType(typeof(SurveyInvitation))!.GetProperties().Select(p => p.Name).Order().ToList())));
        responseColumns.ShouldBe(["Id", "SurveyId", "TenantId"]);
        itemColumns.ShouldBe(["Number", "ResponseId", "Score", "TenantId", "Text", "Yes"]);
        markColumns.ShouldBe(["Answered", "PersonId", "SurveyId", "TenantId", "Version"]);

        var stored = await InDbAsync(app, db => db.Set<SurveyResponse>().IgnoreQueryFilters().Where(r => r.SurveyId == id).Select(r => r.Id).ToListAsync());
        var personIds = await InDbAsync(app, db => db.Persons.IgnoreQueryFilters().Where(p => p.DepartmentId == department.DepartmentId).Select(p => new[] { p.Id, p.UserId!.Value }).ToListAsync());
        var marks = await InDbAsync(app, db => db.Set<SurveyInvitation>().IgnoreQueryFilters().Where(i => i.SurveyId == id).ToListAsync());
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(r => !personIds.SelectMany(p => p).Contains(r));
        marks.Count.ShouldBe(5);
        marks.Count(m => m.Answered).ShouldBe(2);
        marks.ShouldAllBe(m => !stored.Contains(m.PersonId));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_departments_leader_gets_403_and_another_municipality_404(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var persons = await AddPersonsAsync(app, department, 1);
        var own = await app.ApiAs(await app.CreateAccountAsync(Roles.DepartmentLeader, department));
        var id = await OpenSurveyAsync(own, department.DepartmentId);
        var surveys = $"/api/v1/departments/{department.DepartmentId}/surveys";
        var otherLeader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var neighbour = await app.ApiAs(Clients.Nabo("seksjonsleder"));
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));

        (await otherLeader.GetAsync(surveys)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherLeader.PostAsJsonAsync(surveys, Survey())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherLeader.GetAsync($"{surveys}/{id}/results")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherLeader.PostAsync($"{surveys}/{id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await neighbour.GetAsync(surveys)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync($"{surveys}/{id}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await section.GetAsync($"{surveys}/{id}/results")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var role in new[] { "ansatt", "erfaringsmedarbeider", "bruker", "parorende" })
        {
            (await (await app.ApiAs(Clients.Demo(role))).GetAsync(surveys)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
        // A person of another department (the demo person) and of another municipality cannot see or answer it.
        (await AnswerAsync(await app.ApiAs(Clients.Demo("bruker")), id, 3, true)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AnswerAsync(await app.ApiAs(Clients.Nabo("bruker")), id, 3, true)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var otherPage = await app.BrowserAs(Clients.Demo("bruker"));
        (await otherPage.GetAsync($"/undersokelse/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.BrowserAs(Clients.Demo("avdelingsleder"))).GetAsync($"/avdeling/undersokelser/{id}")).Headers.Location!.ToString().ShouldContain("/feil/403");
        (await AnswerAsync(await app.ApiAs(persons[0]), id, 3, true)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_surveys_and_bad_answers_get_clear_messages_and_change_nothing(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var persons = await AddPersonsAsync(app, department, 1);
        var contact = await app.ApiAs(await app.CreateAccountAsync(Roles.RecoveryContact, department));
        var surveys = $"/api/v1/departments/{department.DepartmentId}/surveys";

        var empty = await contact.PostAsJsonAsync(surveys, new { title = "", writtenWith = "", questions = Array.Empty<object>() });
        var tooMany = await contact.PostAsJsonAsync(surveys, new { title = "T", writtenWith = "Brukerrådet", questions = Enumerable.Range(0, 16).Select(i => new { text = "Q" + i, kind = "yesNo" }) });
        var noLabels = await contact.PostAsJsonAsync(surveys, new { title = "T", writtenWith = "B", questions = new[] { new { text = "Q", kind = "scale" } } });
        var badKind = await contact.PostAsJsonAsync(surveys, new { title = "T", writtenWith = "B", questions = new[] { new { text = "Q", kind = "ranking" } } });

        foreach (var refused in new[] { empty, tooMany, noLabels, badKind })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
        var errors = (await empty.JsonAsync()).GetProperty("errors");
        errors.GetProperty("title")[0].GetString().ShouldBe("Dette feltet må fylles ut.");
        errors.GetProperty("questions")[0].GetString().ShouldBe("Skriv minst ett spørsmål.");
        (await tooMany.JsonAsync()).GetProperty("errors").GetProperty("questions")[0].GetString().ShouldBe("En undersøkelse kan ha høyst 15 spørsmål.");
        (await noLabels.JsonAsync()).GetProperty("errors").GetProperty("questions[0].lowLabel")[0].GetString().ShouldBe("Skriv hva 1 og 5 betyr på skalaen.");
        (await badKind.JsonAsync()).GetProperty("errors").GetProperty("questions[0].kind")[0].GetString().ShouldStartWith("Velg en spørsmålstype");
        (await CountAsync<UserSurvey>(app, q => q.Where(s => s.DepartmentId == department.DepartmentId))).ShouldBe(0);

        var id = await OpenSurveyAsync(contact, department.DepartmentId);
        var person = await app.ApiAs(persons[0]);
        var outOfScale = await person.PostAsJsonAsync($"/api/v1/me/surveys/{id}/answers", new { answers = new[] { new { number = 1, score = 7 } } });
        var nothing = await person.PostAsJsonAsync($"/api/v1/me/surveys/{id}/answers", new { answers = Array.Empty<object>() });
        var unknown = await person.PostAsJsonAsync($"/api/v1/me/surveys/{id}/answers", new { answers = new[] { new { number = 9, score = 2 } } });

        outOfScale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outOfScale.JsonAsync()).GetProperty("errors").GetProperty("answers[1]")[0].GetString().ShouldBe("Velg et tall fra 1 til 5.");
        (await nothing.JsonAsync()).GetProperty("errors").GetProperty("answers")[0].GetString().ShouldBe("Svar på minst ett spørsmål før du sender.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync<SurveyResponse>(app, q => q.Where(r => r.SurveyId == id))).ShouldBe(0);
        (await CountAsync<SurveyInvitation>(app, q => q.Where(i => i.SurveyId == id && i.Answered))).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_demo_has_a_closed_survey_with_results_and_an_open_one_for_the_demo_person(string provider)
    {
        var app = apps.For(provider);
        var departmentId = (await app.FindAccountAsync(Clients.Demo("avdelingsleder"))).DepartmentId!.Value;
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));

        var list = (await (await leader.GetAsync($"/api/v1/departments/{departmentId}/surveys")).JsonAsync()).EnumerateArray().ToList();
        var closed = list.Single(s => s.GetProperty("state").GetString() == "closed");
        list.ShouldContain(s => s.GetProperty("state").GetString() == "open");
        closed.GetProperty("answered").GetInt32().ShouldBeGreaterThanOrEqualTo(8);
        var results = await (await leader.GetAsync($"/api/v1/departments/{departmentId}/surveys/{closed.GetProperty("id").GetGuid()}/results")).JsonAsync();
        results.GetProperty("shown").GetBoolean().ShouldBeTrue();
        var home = await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/hjem");
        home.ShouldContain("href=\"/undersokelse\"");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_pages_write_open_and_answer_a_survey_keeping_what_was_typed_on_refusal(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var persons = await AddPersonsAsync(app, department, 1);
        var contact = await app.BrowserAs(await app.CreateAccountAsync(Roles.RecoveryContact, department));
        var form = new Dictionary<string, string>
        {
            ["avdeling"] = department.DepartmentId.ToString(),
            ["title"] = "",
            ["writtenWith"] = "Brukerrådet",
            ["questions[0].text"] = "Er du fornøyd med maten?",
            ["questions[0].kind"] = "scale",
            ["questions[0].lowLabel"] = "Nei",
            ["questions[0].highLabel"] = "Ja",
            ["questions[1].text"] = "Kommer du igjen?",
            ["questions[1].kind"] = "yesNo",
        };

        var refused = await contact.PostFormAsync("/avdeling/undersokelser/ny?handler=Create", new(form), "/avdeling/undersokelser/ny");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        refusedPage.ShouldContain("Dette feltet må fylles ut.");
        refusedPage.ShouldContain("value=\"Er du fornøyd med maten?\"");
        form["title"] = "Maten";
        var created = await contact.PostFormAsync("/avdeling/undersokelser/ny?handler=Create", new(form), "/avdeling/undersokelser/ny");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var surveyPage = created.Headers.Location!.ToString().Split('?')[0];
        var opened = await contact.PostFormAsync(surveyPage + "?handler=Open", new(), surveyPage);
        opened.Headers.Location!.ToString().ShouldEndWith("?apnet=true");
        var id = Guid.Parse(surveyPage.Split('/')[^1]);

        var person = await app.BrowserAs(persons[0]);
        (await person.GetStringAsync("/hjem")).ShouldContain("Svar på undersøkelsen");
        var answered = await person.PostFormAsync($"/undersokelse/{id}", new() { ["answer[1]"] = "4", ["answer[2]"] = "yes" });
        answered.Headers.Location!.ToString().ShouldEndWith("?takk=true");
        (await person.GetStringAsync("/hjem")).ShouldNotContain("Svar på undersøkelsen");
        var items = await InDbAsync(app, db => db.Set<SurveyResponseItem>().IgnoreQueryFilters()
            .Where(i => db.Set<SurveyResponse>().IgnoreQueryFilters().Any(r => r.Id == i.ResponseId && r.SurveyId == id)).OrderBy(i => i.Number).ToListAsync());
        items.Select(i => (i.Number, i.Score, i.Yes)).ShouldBe([(1, (int?)4, (bool?)null), (2, null, true)]);
        var export = (await (await (await app.ApiAs(persons[0])).GetAsync("/api/v1/me/export")).JsonAsync()).GetProperty("surveys");
        var mine = export.EnumerateArray().Single();
        mine.GetProperty("surveyId").GetGuid().ShouldBe(id);
        mine.GetProperty("answered").GetBoolean().ShouldBeTrue();
        mine.EnumerateObject().Select(p => p.Name).ShouldNotContain("responseId");
    }
}
