using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Skipper.IntegrationTests.Platform.Onboarding;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;

namespace Skipper.IntegrationTests.Modules.Feedback;

/// <summary>The instrument tests upload new versions, so they get their own Skipper per provider.</summary>
[CollectionDefinition(Name)]
public sealed class InstrumentsCollection : ICollectionFixture<Apps>
{
    public const string Name = "instruments";
}

internal static partial class InstrumentsTestKit
{
    public const string Ext = "https://skipper.no/fhir/StructureDefinition/";

    /// <summary>Firely's strict reader, as another FHIR system would read Skipper's output.</summary>
    public static readonly JsonSerializerOptions Strict =
        new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).UsingMode(DeserializationMode.Strict);

    /// <summary>A shipped definition with a version no other test uses.</summary>
    public static JsonObject NewVersion(string name, out string version)
    {
        var file = JsonNode.Parse(ShippedInstruments.Json(name))!.AsObject();
        version = "2." + Guid.NewGuid().ToString("N")[..8];
        file["version"] = version;
        return file;
    }

    public static JsonObject Extension(this JsonObject element, string url) =>
        element["extension"]!.AsArray().Select(e => e!.AsObject()).First(e => (string?)e["url"] == url);

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, JsonNode file) =>
        client.PostAsync("/api/v1/admin/instruments", new StringContent(file.ToJsonString(), Encoding.UTF8, "application/fhir+json"));

    public static async Task<T> FhirAsync<T>(this HttpResponseMessage response)
        where T : Resource
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/fhir+json");
        return JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), Strict)!;
    }

    public static async Task<Bundle> QuestionnairesAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/v1/fhir/Questionnaire" + query);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        return await response.FhirAsync<Bundle>();
    }

    public static Task<List<InstrumentVersion>> InstrumentRowsAsync(this AppFactory app) =>
        app.InDbAsync(db => db.Set<InstrumentVersion>().IgnoreQueryFilters().AsNoTracking().ToListAsync());

    /// <summary>Posts a file with the upload form, the way a browser does (antiforgery token from the page).</summary>
    public static async Task<HttpResponseMessage> UploadFormAsync(this HttpClient browser, string json)
    {
        var page = await browser.GetStringAsync("/admin/instrumenter");
        var token = AntiforgeryToken().Match(page);
        token.Success.ShouldBeTrue("no antiforgery token on /admin/instrumenter");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(System.Net.WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "definisjon.json");
        return await browser.PostAsync("/admin/instrumenter", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
