using System.Text.Json;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;

namespace Skipper.Web.Modules.Feedback.Fhir;

/// <summary>
/// FHIR R4 JSON with the Firely SDK, for every FHIR endpoint of the module: one set of options (strict when
/// reading), a search-set Bundle, and a result that writes application/fhir+json.
/// </summary>
public static class FhirJson
{
    public const string ContentType = "application/fhir+json";

    /// <summary>Firely's System.Text.Json options; reading is strict, so unknown elements and bad values are errors.</summary>
    public static readonly JsonSerializerOptions Options =
        new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).UsingMode(DeserializationMode.Strict);

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, Options);

    /// <summary>A search result: every resource as a match, with its full URL under the request's FHIR base.</summary>
    public static Bundle SearchSet(HttpRequest request, IReadOnlyCollection<Resource> resources)
    {
        var fhirBase = $"{request.Scheme}://{request.Host}{request.PathBase}{FhirBase}";
        var bundle = new Bundle
        {
            Id = Guid.NewGuid().ToString("N"),
            Type = Bundle.BundleType.Searchset,
            Total = resources.Count,
            Link = [new Bundle.LinkComponent { Relation = "self", Url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}" }],
        };
        foreach (var resource in resources)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{fhirBase}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }
        return bundle;
    }

    /// <summary>The FHIR base under the API root: /api/v1/fhir.</summary>
    public const string FhirBase = Platform.Web.ApiPaths.Root + "/fhir";

    public static FhirJsonResult Result(Resource resource, int statusCode = StatusCodes.Status200OK) => new(resource, statusCode);

    /// <summary>404 as FHIR expects it: an OperationOutcome that names what was not found.</summary>
    public static FhirJsonResult NotFound(string what) => new(new OperationOutcome
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = OperationOutcome.IssueType.NotFound,
                Diagnostics = $"{what} is not found.",
            },
        ],
    }, StatusCodes.Status404NotFound);
}

/// <summary>Writes one FHIR resource as application/fhir+json.</summary>
public sealed class FhirJsonResult(Resource resource, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => statusCode;

    public string ContentType => FhirJson.ContentType + "; charset=utf-8";

    public Resource Resource => resource;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        await JsonSerializer.SerializeAsync(httpContext.Response.Body, resource, FhirJson.Options, httpContext.RequestAborted);
    }
}
