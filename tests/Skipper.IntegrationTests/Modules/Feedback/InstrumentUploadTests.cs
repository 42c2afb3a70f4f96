using System.Net;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Skipper.IntegrationTests.Platform.Onboarding;
using static Skipper.IntegrationTests.Modules.Feedback.InstrumentsTestKit;

namespace Skipper.IntegrationTests.Modules.Feedback;

[Collection(InstrumentsCollection.Name)]
public sealed class InstrumentUploadTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task The_administrator_uploads_a_new_version_it_becomes_current_and_the_old_one_stays(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var before = (await admin.QuestionnairesAsync("?code=alliance")).Entry.Single().Resource!.Id;
        var file = NewVersion("alliance", out var version);
        file["title"] = "Hvordan var samtalen?";

        var response = await admin.UploadAsync(file);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var uploaded = await response.JsonAsync();
        uploaded.GetProperty("code").GetString().ShouldBe("alliance");
        uploaded.GetProperty("version").GetString().ShouldBe(version);
        uploaded.GetProperty("kind").GetString().ShouldBe("alliance");
        var id = uploaded.GetProperty("id").GetString()!;
        var current = (Questionnaire)(await admin.QuestionnairesAsync("?code=alliance")).Entry.Single().Resource!;
        (current.Id, current.Version, current.Title).ShouldBe((id, version, "Hvordan var samtalen?"));
        var old = await (await admin.GetAsync($"/api/v1/fhir/Questionnaire/{before}")).FhirAsync<Questionnaire>();
        old.Title.ShouldBe("Hvordan var timen?");
        var list = (await (await admin.GetAsync("/api/v1/admin/instruments")).JsonAsync()).EnumerateArray().ToList();
        list.Single(r => r.GetProperty("id").GetString() == id).GetProperty("isCurrent").GetBoolean().ShouldBeTrue();
        list.Single(r => r.GetProperty("id").GetString() == before).GetProperty("isCurrent").GetBoolean().ShouldBeFalse();
        list.Single(r => r.GetProperty("id").GetString() == id).GetProperty("uploadedBy").GetString().ShouldNotBe("Skipper");
        (await app.AuditAsync($"instrument/{id}")).Single().Action.ShouldBe("change");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task A_broken_file_is_refused_naming_every_problem_and_nothing_changes(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var rows = (await app.InstrumentRowsAsync()).Select(r => (r.Id, r.IsCurrent)).ToList();
        var outOfScale = NewVersion("outcome", out _);
        outOfScale.Extension(Ext + "cut-off")["valueDecimal"] = 45;
        outOfScale.Remove("title");
        var sameVersion = JsonNode.Parse(Skipper.Web.Modules.Feedback.Instruments.ShippedInstruments.Json("outcome"))!;
        var otherKind = NewVersion("outcome", out _);
        otherKind.Extension(Ext + "instrument-kind")["valueCode"] = "alliance";
        otherKind["extension"]!.AsArray().Add(new JsonObject { ["url"] = Ext + "signal-below", ["valueDecimal"] = 36 });

        var broken = await admin.UploadAsync(outOfScale);
        var conflict = await admin.UploadAsync(sameVersion);
        var kindChanged = await admin.UploadAsync(otherKind);
        var notJson = await admin.PostAsync("/api/v1/admin/instruments", new StringContent("hei", System.Text.Encoding.UTF8, "application/json"));

        broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await broken.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Definisjonsfila kan ikke brukes. Ingenting er endret.");
        problem.GetProperty("errors").GetProperty("definition").EnumerateArray().Select(e => e.GetString()).ShouldBe(
        [
            "Fila mangler tittel (title).",
            "Grenseverdien (cut-off) 45 ligger utenfor skalaen til «total», som går fra 0 til 40.",
        ], ignoreOrder: true);
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.JsonAsync()).GetProperty("title").GetString()!.ShouldStartWith("Versjon 1.0.0 av «outcome» finnes allerede.");
        kindChanged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await kindChanged.JsonAsync()).GetProperty("problems")[0].GetProperty("key").GetString().ShouldBe("Feedback.Definition.KindChanged");
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notJson.JsonAsync()).GetProperty("problems")[0].GetProperty("key").GetString().ShouldBe("Feedback.Definition.NotJson");
        (await app.InstrumentRowsAsync()).Select(r => (r.Id, r.IsCurrent)).ShouldBe(rows, ignoreOrder: true);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task Only_the_administrator_may_list_or_upload_instruments(string provider)
    {
        var app = apps.For(provider);
        var file = NewVersion("outcome", out _);
        var rows = (await app.InstrumentRowsAsync()).Count;

        foreach (var role in new[] { "ansatt", "bruker", "avdelingsleder" })
        {
            var client = await app.ApiAs(Clients.Demo(role));
            (await client.GetAsync("/api/v1/admin/instruments")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await client.UploadAsync(file)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
        (await app.CreateClient().UploadAsync(file)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await app.BrowserAs(Clients.Demo("ansatt"))).GetAsync("/admin/instrumenter")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await app.InstrumentRowsAsync()).Count.ShouldBe(rows);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async System.Threading.Tasks.Task The_admin_page_lists_the_instruments_and_uploads_a_file_with_the_form(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("admin"));
        (await browser.GetStringAsync("/admin")).ShouldContain("href=\"/admin/instrumenter\"");
        var page = await browser.GetStringAsync("/admin/instrumenter");
        page.ShouldContain("Hvordan har du hatt det?");
        page.ShouldContain("Recoverystøtte");
        var file = NewVersion("recovery-support", out var version);
        var broken = NewVersion("recovery-support", out _);
        broken["item"]![1]!["item"]![0]!.AsObject().Remove("answerOption");

        var refused = await browser.UploadFormAsync(broken.ToJsonString());
        var stored = await browser.UploadFormAsync(file.ToJsonString());

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Spørsmålet «rel-respect» mangler svaralternativer (answerOption).");
        stored.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await stored.Content.ReadAsStringAsync();
        after.ShouldContain($"Versjon {version} av «recovery-support» er lastet opp og tatt i bruk.");
        after.ShouldContain("Eldre versjoner");
    }
}
