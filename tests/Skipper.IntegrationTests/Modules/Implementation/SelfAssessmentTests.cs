using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Skipper.Web.Modules.Implementation.SelfAssessment;
using Skipper.Web.Modules.Implementation.SelfAssessment.Data;

namespace Skipper.IntegrationTests.Modules.Implementation;

[Collection(AppsCollection.Name)]
public sealed class SelfAssessmentTests(Apps apps)
{
    private static string Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, int?> All(int value) => Checklist.Statements.ToDictionary(s => s.Key, _ => (int?)value);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_department_sees_its_assessments_side_by_side_and_a_second_in_the_same_half_year_is_refused(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var department = await app.DepartmentAsync("Psykisk helseteam");
        var url = $"/api/v1/departments/{department}/self-assessments";
        var answers = All(3);
        answers["lived-experience"] = 4;
        answers["easy-return"] = 2;

        var added = await contact.PostAsJsonAsync(url, new { assessedOn = Today(), answers, comments = new Dictionary<string, string> { ["lived-experience"] = "To erfaringsmedarbeidere nå." } });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await added.JsonAsync()).GetProperty("mean").GetDouble().ShouldBe(3.0);
        var view = await (await contact.GetAsync(url)).JsonAsync();
        view.GetProperty("statements").GetArrayLength().ShouldBe(10);
        var assessments = view.GetProperty("assessments").EnumerateArray().ToList();
        assessments.Count.ShouldBe(3, "two from the demo in earlier half-years, and this one");
        assessments.Select(a => a.GetProperty("assessedOn").GetString()).ShouldBeInOrder();
        assessments[0].GetProperty("mean").GetDouble().ShouldBe(2.1);
        assessments[^1].GetProperty("answers").GetProperty("lived-experience").GetInt32().ShouldBe(4);
        assessments[^1].GetProperty("comments").GetProperty("lived-experience").GetString().ShouldBe("To erfaringsmedarbeidere nå.");
        var rows = await app.RowsAsync<DepartmentSelfAssessment>();

        var again = await (await app.ApiAs(Clients.Demo("avdelingsleder"))).PostAsJsonAsync(url, new { assessedOn = Today(), answers = All(4) });

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.JsonAsync()).GetProperty("errors").GetProperty("assessedOn")[0].GetString()!.ShouldContain("i samme halvår");
        (await app.RowsAsync<DepartmentSelfAssessment>()).ShouldBe(rows);

        var page = await (await app.BrowserAs(Clients.Demo("recoverykontakt"))).GetStringAsync("/avdeling/selvvurdering");
        page.ShouldContain("Brukerne er med og bestemmer målene i sin egen plan.");
        page.ShouldContain("Stemmer helt");
        page.ShouldContain("Stemmer ganske godt");
        page.ShouldContain("Gjennomsnitt (1–4)");
        page.ShouldContain("<td>3,0</td>");
        page.ShouldContain("To erfaringsmedarbeidere nå.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Missing_answers_values_outside_1_to_4_and_future_dates_are_refused_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var department = await app.DepartmentAsync("Mestringssenteret");
        var url = $"/api/v1/departments/{department}/self-assessments";
        var rows = await app.RowsAsync<DepartmentSelfAssessment>();
        var missing = All(2);
        missing.Remove("hope");
        var outside = All(2);
        outside["hope"] = 5;
        var tomorrow = DateOnly.ParseExact(Today(), "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var noAnswer = await section.PostAsJsonAsync(url, new { assessedOn = Today(), answers = missing });
        var tooHigh = await section.PostAsJsonAsync(url, new { assessedOn = Today(), answers = outside });
        var future = await section.PostAsJsonAsync(url, new { assessedOn = tomorrow, answers = All(2) });
        var badDate = await section.PostAsJsonAsync(url, new { assessedOn = "1. mars", answers = All(2) });

        new[] { noAnswer, tooHigh, future, badDate }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        (await noAnswer.JsonAsync()).GetProperty("errors").GetProperty("answers.hope")[0].GetString().ShouldBe("Velg et svar på denne påstanden.");
        (await tooHigh.JsonAsync()).GetProperty("errors").GetProperty("answers.hope")[0].GetString().ShouldBe("Svaret må være fra 1 (stemmer ikke) til 4 (stemmer helt).");
        (await future.JsonAsync()).GetProperty("errors").GetProperty("assessedOn")[0].GetString().ShouldBe("Datoen kan ikke være fram i tid.");
        (await badDate.JsonAsync()).GetProperty("errors").GetProperty("assessedOn")[0].GetString()!.ShouldContain("år-måned-dag");
        (await (await app.ApiAs(Clients.Demo("avdelingsleder"))).PostAsJsonAsync(url, new { assessedOn = Today(), answers = All(2) })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs(Clients.Nabo("seksjonsleder"))).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.RowsAsync<DepartmentSelfAssessment>()).ShouldBe(rows);

        var browser = await app.BrowserAs(Clients.Demo("seksjonsleder"));
        var form = $"/avdeling/selvvurdering?avdeling={department}";
        var fields = Checklist.Statements.Where(s => s.Key != "reflection").ToDictionary(s => $"answers[{s.Key}]", _ => "3");
        fields["avdeling"] = department.ToString();
        fields["assessedOn"] = Today();
        fields["comments[hope]"] = "Vi snakker mer om håp nå.";
        var refused = await browser.PostFormAsync("/avdeling/selvvurdering", fields, form);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Velg et svar på denne påstanden.");
        html.ShouldContain("value=\"Vi snakker mer om håp nå.\"");

        fields["answers[reflection]"] = "4";
        var saved = await browser.PostFormAsync("/avdeling/selvvurdering", fields, form);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.RowsAsync<DepartmentSelfAssessment>()).ShouldBe(rows + 1);
        (await browser.GetStringAsync(form)).ShouldContain("Vi snakker mer om håp nå.");
    }
}
