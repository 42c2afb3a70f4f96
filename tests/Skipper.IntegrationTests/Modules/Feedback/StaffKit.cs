using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.People;

namespace Skipper.IntegrationTests.Modules.Feedback;

/// <summary>What the staff tests share: the time page's address, its forms, and people served by the demo staff member.</summary>
internal static partial class StaffKit
{
    public static string TimePage(Guid personId) => $"/personer/{personId}/tilbakemelding/time";

    public static Task<HttpResponseMessage> PostTimeAsync(this HttpClient staff, Guid personId, string handler, Dictionary<string, string>? fields = null) =>
        staff.PostFormAsync($"{TimePage(personId)}?handler={handler}", fields ?? [], TimePage(personId));

    /// <summary>The four items of an outcome or alliance form as page fields, "{code}.{linkId}".</summary>
    public static Dictionary<string, string> Fields(string code, IReadOnlyList<string> linkIds, params string[] values)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < linkIds.Count; i++)
        {
            fields[$"{code}.{linkIds[i]}"] = i < values.Length ? values[i] : "";
        }
        return fields;
    }

    /// <summary>The items of one form as the answer page (and the hand-over) names them, "a-{linkId}".</summary>
    public static Dictionary<string, string> AnswerFields(IReadOnlyList<string> linkIds, params string[] values) =>
        linkIds.Select((linkId, i) => (linkId, value: i < values.Length ? values[i] : "")).ToDictionary(f => "a-" + f.linkId, f => f.value);

    public static string Location(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Found);
        return response.Headers.Location!.OriginalString;
    }

    public static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    /// <summary>A second person in the demo person's department, served by the given staff member.</summary>
    public static async Task<Guid> AddPersonServedByAsync(AppFactory app, Guid demoPersonId, Guid staffUserId, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var demo = await db.Persons.IgnoreQueryFilters().SingleAsync(p => p.Id == demoPersonId);
        var person = new Person { TenantId = demo.TenantId, Id = Guid.NewGuid(), DepartmentId = demo.DepartmentId, DisplayName = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Persons.Add(person);
        db.CareRelations.Add(new CareRelation
        {
            TenantId = demo.TenantId,
            Id = Guid.NewGuid(),
            PersonId = person.Id,
            StaffUserId = staffUserId,
            DepartmentId = demo.DepartmentId!.Value,
            StartsAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            StartedBy = staffUserId,
        });
        await db.SaveChangesAsync();
        return person.Id;
    }

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
