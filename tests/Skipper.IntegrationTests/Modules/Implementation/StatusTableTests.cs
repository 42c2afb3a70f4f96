using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Skipper.IntegrationTests.Modules.Implementation;

[Collection(AppsCollection.Name)]
public sealed class StatusTableTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_status_table_groups_goals_by_place_with_the_section_first_and_exports_csv_with_bom(string provider)
    {
        var app = apps.For(provider);
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var rus = await app.DepartmentAsync("Fagteam rus");
        var title = ImplementationKit.Unique("Refleksjon; med «kort» og \"case\"");
        var added = await section.PostAsJsonAsync($"/api/v1/departments/{rus}/goals",
            new { title, owner = "Recoverykontakt", dueOn = "2027-06-30", status = "partly", comment = "=SUM(A1) er ikke en formel\nLinje to" });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);

        var table = await (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).GetAsync("/api/v1/section/goals/status-table")).JsonAsync();
        var groups = table.GetProperty("groups").EnumerateArray().ToList();
        // Other tests add departments of their own to the shared municipality: the demo's come in name order after the section.
        var names = groups.Select(g => g.GetProperty("name").GetString()!).ToList();
        names[0].ShouldBe("Seksjonen");
        names.Where(n => n is "Fagteam rus" or "Mestringssenteret" or "Psykisk helseteam").ShouldBe(["Fagteam rus", "Mestringssenteret", "Psykisk helseteam"]);
        groups[0].GetProperty("departmentId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        groups[0].GetProperty("goals").GetArrayLength().ShouldBeGreaterThan(0, "the demo section has goals");
        var row = groups[1].GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("title").GetString() == title);
        row.GetProperty("status").GetString().ShouldBe("partly");
        groups[1].GetProperty("departmentId").GetGuid().ShouldBe(rus);

        var browser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var csv = await browser.GetAsync("/avdeling/statustabell.csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("statustabell.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldStartWith("Avdeling;Mål;Status;Ansvarlig;Frist;Kommentarer;Sist endret\r\n");
        var quotedTitle = "\"" + title.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        text.ShouldContain($"Fagteam rus;{quotedTitle};Delvis gjennomført;Recoverykontakt;2027-06-30;\"'=SUM(A1) er ikke en formel\nLinje to\";");
        text.IndexOf("Seksjonen;", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("Fagteam rus;", StringComparison.Ordinal));

        var page = await browser.GetStringAsync("/avdeling/statustabell");
        page.IndexOf(">Seksjonen</h2>", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf(">Fagteam rus</h2>", StringComparison.Ordinal));
        page.ShouldContain(title[^6..]);
        page.ShouldContain("href=\"/avdeling/statustabell.csv\"");

        var naboTable = await (await (await app.ApiAs(Clients.Nabo("seksjonsleder"))).GetAsync("/api/v1/section/goals/status-table")).JsonAsync();
        naboTable.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("goals").EnumerateArray())
            .ShouldNotContain(g => g.GetProperty("title").GetString() == title);
        naboTable.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldNotContain("Fagteam rus");
    }
}
