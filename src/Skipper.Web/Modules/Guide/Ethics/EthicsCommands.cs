using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Guide.Ethics;

/// <summary>
/// Systematic ethical reflection, saved for the author's department. Only employees of that department read or
/// change it; to everyone else it does not exist (404).
/// </summary>
public sealed class EthicsCommands(AppDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> StepFields = ["problem", "involved", "valuesAndRules", "options", "choice", "reasons"];

    public async Task<Outcome<EthicsList>> ListAsync(ClaimsPrincipal user)
    {
        if (user.DepartmentId() is not { } departmentId)
        {
            return NoDepartment;
        }
        var name = await db.Set<Department>().AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Name).FirstOrDefaultAsync();
        var reflections = await db.Set<EthicsReflection>().AsNoTracking()
            .Where(r => r.DepartmentId == departmentId)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new EthicsListItem(r.Id, r.Title, r.CreatedAt, r.UpdatedAt))
            .ToListAsync();
        return new EthicsList(departmentId, name ?? "", reflections);
    }

    public async Task<Outcome<EthicsView>> GetAsync(ClaimsPrincipal user, Guid id)
    {
        var reflection = await FindAsync(user, id, tracked: false);
        return reflection is null ? NotFound : EthicsView.From(reflection);
    }

    public async Task<Outcome<EthicsView>> CreateAsync(ClaimsPrincipal user, EthicsRequest? request)
    {
        if (user.DepartmentId() is not { } departmentId || user.UserId() is not { } userId)
        {
            return NoDepartment;
        }
        var (clean, refusal) = Check(request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var now = clock.GetUtcNow();
        var reflection = new EthicsReflection
        {
            Id = Guid.NewGuid(),
            DepartmentId = departmentId,
            Title = clean.Title!,
            CreatedBy = userId,
            CreatedAt = now,
        };
        Fill(reflection, clean, now);
        db.Add(reflection);
        await db.SaveChangesAsync();
        return EthicsView.From(reflection);
    }

    public async Task<(Outcome<EthicsView> Outcome, EthicsView? Current)> UpdateAsync(ClaimsPrincipal user, Guid id, EthicsRequest? request)
    {
        var reflection = await FindAsync(user, id, tracked: true);
        if (reflection is null)
        {
            return (NotFound, null);
        }
        var (clean, refusal) = Check(request, needsVersion: true);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        if (reflection.Version != clean.Version)
        {
            return (Conflict, EthicsView.From(reflection));
        }
        Fill(reflection, clean, clock.GetUtcNow());
        if (!await db.TrySaveAsync())
        {
            var current = await FindAsync(user, id, tracked: false);
            return (Conflict, current is null ? null : EthicsView.From(current));
        }
        return (EthicsView.From(reflection), null);
    }

    /// <summary>Trims every text; names each field that is missing or too long. The title is the only required one.</summary>
    internal static (EthicsRequest Clean, Refusal? Refusal) Check(EthicsRequest? request, bool needsVersion)
    {
        static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var clean = new EthicsRequest(
            Clean(request?.Title), Clean(request?.Problem), Clean(request?.Involved), Clean(request?.ValuesAndRules),
            Clean(request?.Options), Clean(request?.Choice), Clean(request?.Reasons), request?.Version);
        var errors = new List<FieldError>();
        if (clean.Title!.Length == 0)
        {
            errors.Add(new FieldError("title", "Guide.Ethics.Error.TitleRequired"));
        }
        else if (clean.Title.Length > GuideLimits.Title)
        {
            errors.Add(new FieldError("title", "Guide.Ethics.Error.TooLong", GuideLimits.Title));
        }
        string[] steps = [clean.Problem!, clean.Involved!, clean.ValuesAndRules!, clean.Options!, clean.Choice!, clean.Reasons!];
        for (var i = 0; i < steps.Length; i++)
        {
            if (steps[i].Length > GuideLimits.LongText)
            {
                errors.Add(new FieldError(StepFields[i], "Guide.Ethics.Error.TooLong", GuideLimits.LongText));
            }
        }
        if (needsVersion && clean.Version is null or < 0)
        {
            errors.Add(new FieldError("version", "Guide.Ethics.Error.Version"));
        }
        return (clean, errors.Count > 0 ? Refusal.Invalid(errors) : null);
    }

    private static void Fill(EthicsReflection reflection, EthicsRequest clean, DateTimeOffset now)
    {
        reflection.Title = clean.Title!;
        reflection.Problem = clean.Problem!;
        reflection.Involved = clean.Involved!;
        reflection.ValuesAndRules = clean.ValuesAndRules!;
        reflection.Options = clean.Options!;
        reflection.Choice = clean.Choice!;
        reflection.Reasons = clean.Reasons!;
        reflection.UpdatedAt = now;
        reflection.Version++;
    }

    private async Task<EthicsReflection?> FindAsync(ClaimsPrincipal user, Guid id, bool tracked)
    {
        if (user.DepartmentId() is not { } departmentId)
        {
            return null;
        }
        var reflections = tracked ? db.Set<EthicsReflection>() : db.Set<EthicsReflection>().AsNoTracking();
        return await reflections.FirstOrDefaultAsync(r => r.Id == id && r.DepartmentId == departmentId);
    }

    private static Refusal NoDepartment => Refusal.Of(RefusalKind.Forbidden, "Guide.Ethics.Error.NoDepartment");

    private static Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Guide.Ethics.Error.NotFound");

    private static Refusal Conflict => Refusal.Of(RefusalKind.Conflict, "Guide.Ethics.Error.Conflict");
}
