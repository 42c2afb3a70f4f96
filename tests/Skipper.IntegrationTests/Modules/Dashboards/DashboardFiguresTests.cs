using System.Net;
using System.Text.Json;

namespace Skipper.IntegrationTests.Modules.Dashboards;

/// <summary>Each figure from the small known dataset of DashboardKit matches the value worked out by hand.</summary>
[Collection(AppsCollection.Name)]
public sealed class DashboardFiguresTests(Apps apps)
{
    private static double? Value(JsonElement figure) =>
        figure.GetProperty("total").GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    private static int? N(JsonElement figure) =>
        figure.GetProperty("total").GetProperty("n") is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null;

    private static string? Hidden(JsonElement value) => value.GetProperty("hidden").GetString();

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_section_figures_match_the_hand_computed_values(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var section = await app.ApiAs(town.SectionLeader);

        var response = await section.GetAsync("/api/v1/dashboards/section?" + DashboardKit.Period);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var dashboard = await response.JsonAsync();
        JsonElement F(string key) => DashboardKit.Figure(dashboard, key);

        dashboard.GetProperty("scope").GetString().ShouldBe("section");
        dashboard.GetProperty("periods").GetArrayLength().ShouldBe(6);
        dashboard.GetProperty("computedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (Value(F("episodes")), N(F("episodes"))).ShouldBe((6, 6));
        (Value(F("reliable-improvement")), N(F("reliable-improvement"))).ShouldBe((40, 5));
        Value(F("reliable-deterioration")).ShouldBe(20);
        Value(F("clinically-significant")).ShouldBeNull();
        Hidden(F("clinically-significant").GetProperty("total")).ShouldBe("fewer-than-5");
        Value(F("effect-size")).ShouldBe(0.36);
        (Value(F("low-alliance")), N(F("low-alliance"))).ShouldBe((30, 10));
        (Value(F("not-on-track")), N(F("not-on-track"))).ShouldBe((40, 5));
        (Value(F("support")), N(F("support"))).ShouldBe((80, 5));
        (Value(F("relationship")), N(F("relationship"))).ShouldBe((65, 4));
        Value(F("recovery-answers")).ShouldBe(5);
        (Value(F("meetings-attended")), N(F("meetings-attended"))).ShouldBe((77.78, 18));
        Value(F("reflection-sessions")).ShouldBe(3);
        (Value(F("exercise-values")), N(F("exercise-values"))).ShouldBe((83.33, 6));
        Hidden(F("exercise-chime").GetProperty("total")).ShouldBe("fewer-than-5");
        (Value(F("wait-median")), N(F("wait-median"))).ShouldBe((1, 5));
        Value(F("wait-p90")).ShouldBe(7.2);
        Value(F("restart-requests")).ShouldBe(6);
        Value(F("restart-waiting")).ShouldBe(1);
        F("peer-positions").GetProperty("total").GetProperty("hidden").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_series_has_one_point_per_month_and_sessions_are_never_hidden(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var section = await app.ApiAs(town.SectionLeader);

        var dashboard = await (await section.GetAsync("/api/v1/dashboards/section?" + DashboardKit.Period)).JsonAsync();

        var episodes = DashboardKit.Figure(dashboard, "episodes").GetProperty("series").EnumerateArray().ToList();
        episodes.Select(p => p.GetProperty("period").GetString()).ShouldBe(["2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"]);
        episodes.Select(p => p.GetProperty("value").GetDouble()).ShouldBe([0, 0, 6, 0, 0, 0]);
        var sessions = DashboardKit.Figure(dashboard, "reflection-sessions").GetProperty("series").EnumerateArray();
        sessions.Select(p => p.GetProperty("value").GetDouble()).ShouldBe([0, 0, 2, 0, 1, 0]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_small_department_is_hidden_in_the_section_table_and_a_complementary_one_with_it(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var section = await app.ApiAs(town.SectionLeader);

        var dashboard = await (await section.GetAsync("/api/v1/dashboards/section?" + DashboardKit.Period)).JsonAsync();

        var rows = DashboardKit.Figure(dashboard, "meetings-attended").GetProperty("departments").EnumerateArray()
            .ToDictionary(d => d.GetProperty("departmentId").GetGuid());
        Hidden(rows[town.B]).ShouldBe("fewer-than-5");
        rows[town.B].GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        rows[town.B].GetProperty("n").ValueKind.ShouldBe(JsonValueKind.Null);
        Hidden(rows[town.A]).ShouldBe("complement");
        rows[town.C].GetProperty("value").GetDouble().ShouldBe(100);
        rows[town.C].GetProperty("n").GetInt32().ShouldBe(6);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_department_leader_reads_their_own_department_by_quarter(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var leader = await app.ApiAs(town.LeaderOfA);

        var response = await leader.GetAsync($"/api/v1/dashboards/departments/{town.A}?from=2025-01&to=2025-06&grain=quarter");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var dashboard = await response.JsonAsync();

        dashboard.GetProperty("grain").GetString().ShouldBe("Quarter");
        dashboard.GetProperty("periods").GetArrayLength().ShouldBe(2);
        var attended = DashboardKit.Figure(dashboard, "meetings-attended");
        (Value(attended), N(attended)).ShouldBe((70, 10));
        attended.GetProperty("departments").ValueKind.ShouldBe(JsonValueKind.Null);
        DashboardKit.Figure(dashboard, "episodes").GetProperty("series").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()).ShouldBe([6, 0]);
        Value(DashboardKit.Figure(dashboard, "wait-median")).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_shows_each_figure_with_its_n_a_plot_and_its_table(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var browser = await app.BrowserAs(town.SectionLeader);

        var page = await browser.GetAsync("/ledelse?" + DashboardKit.Period);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        html.ShouldContain("Ledelsestall for seksjonen");
        html.ShouldContain("Pålitelig bedring");
        html.ShouldContain("40 %");
        html.ShouldContain("n = 5");
        html.ShouldContain("<svg class=\"chart-svg\"");
        html.ShouldContain("<caption>Pålitelig bedring per måned</caption>");
        html.ShouldContain($"<th scope=\"row\">{new DateOnly(2025, 3, 1).ToString("MMM yyyy", new System.Globalization.CultureInfo("nb-NO"))}</th>");
        html.ShouldContain("Skjult: færre enn 5 personer");
        html.ShouldContain("Tall beregnet kl.");
        html.ShouldNotContain("style=\"");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_export_is_csv_with_a_bom_and_hidden_cells_empty_with_the_reason(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var browser = await app.BrowserAs(town.SectionLeader);

        var response = await browser.GetAsync("/ledelse/eksport.csv?" + DashboardKit.Period + "&grain=month");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");

        lines[0].ShouldBe("Område;Tall;Avdeling;Fra;Til;Verdi;n;Skjult");
        lines.ShouldContain("Tilbakemeldinger;Pålitelig bedring;Hele seksjonen;2025-01-01;2025-06-30;40;5;");
        lines.ShouldContain("Medvirkning;Møter der personen selv var med;Avdeling B;2025-01-01;2025-06-30;;;Skjult: færre enn 5 personer");
        lines.ShouldContain("Tilbakemeldinger;Effektstørrelse før–etter;Hele seksjonen;2025-01-01;2025-06-30;0,36;5;");
    }
}
