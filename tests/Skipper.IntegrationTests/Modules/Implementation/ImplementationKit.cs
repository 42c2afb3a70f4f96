using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Implementation;

/// <summary>What the Implementation tests share: demo departments, a department of the test's own with its people, and a survey.</summary>
internal static class ImplementationKit
{
    public const string Demo = "Demo kommune";
    public const string Nabo = "Nabokommune";

    /// <summary>The id of a demo department by its name, in the municipality named.</summary>
    public static async Task<Guid> DepartmentAsync(this AppFactory app, string name, string municipality = Demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = await db.Tenants.Where(t => t.Name == municipality).Select(t => t.Id).FirstAsync();
        return await db.Departments.IgnoreQueryFilters().Where(d => d.TenantId == tenant && d.Name == name).Select(d => d.Id).FirstAsync();
    }

    public static async Task<int> RowsAsync<T>(this AppFactory app)
        where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<T>().IgnoreQueryFilters().CountAsync();
    }

    public static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<Guid> DemoTenantAsync(AppFactory app) =>
        (await app.FindAccountAsync(Clients.Demo("recoverykontakt"))).TenantId;

    public static async Task<Municipality> NewDepartmentAsync(AppFactory app)
    {
        var tenantId = await DemoTenantAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var department = new Department { TenantId = tenantId, Id = Guid.NewGuid(), Name = "Team " + Guid.NewGuid().ToString("N")[..6], CreatedAt = DateTimeOffset.UtcNow };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return new Municipality(tenantId, department.Id);
    }

    /// <summary>Persons in recovery of the department, each with an account; their e-mails.</summary>
    public static async Task<List<string>> AddPersonsAsync(AppFactory app, Municipality department, int count)
    {
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = await app.CreateAccountAsync(Roles.Person, department);
            var user = await app.FindAccountAsync(email);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Persons.Add(new Person { TenantId = department.TenantId, Id = Guid.NewGuid(), UserId = user.Id, DepartmentId = department.DepartmentId, DisplayName = "Person " + i, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            emails.Add(email);
        }
        return emails;
    }

    public static object Survey(string title = "Hvordan har du det hos oss?") => new
    {
        title,
        intro = "Vi spør sammen med brukerrådet.",
        writtenWith = "Brukerrådet",
        questions = new object[]
        {
            new { text = "Blir du møtt med respekt?", kind = "scale", lowLabel = "Aldri", highLabel = "Alltid" },
            new { text = "Vet du hvem du kan ringe?", kind = "yesNo" },
            new { text = "Hva kan vi gjøre bedre?", kind = "freeText" },
        },
    };

    public static async Task<JsonElement> CreateSurveyAsync(HttpClient staff, Guid departmentId)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/departments/{departmentId}/surveys", Survey());
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await response.JsonAsync();
    }

    public static async Task<Guid> OpenSurveyAsync(HttpClient staff, Guid departmentId)
    {
        var id = (await CreateSurveyAsync(staff, departmentId)).GetProperty("id").GetGuid();
        (await staff.PostAsync($"/api/v1/departments/{departmentId}/surveys/{id}/open", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient person, Guid surveyId, int score, bool yes, string? text = null) =>
        person.PostAsJsonAsync($"/api/v1/me/surveys/{surveyId}/answers", new
        {
            answers = new object[] { new { number = 1, score }, new { number = 2, yes }, new { number = 3, text } },
        });

    public static async Task<T> InDbAsync<T>(AppFactory app, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.JsonAsync()).GetProperty("title").GetString()!;

    public static Task<int> CountAsync<T>(AppFactory app, Func<IQueryable<T>, IQueryable<T>>? where = null)
        where T : class =>
        InDbAsync(app, db => (where ?? (q => q))(db.Set<T>().IgnoreQueryFilters()).CountAsync());
}
