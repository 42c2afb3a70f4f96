using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.PeerWorkers.Data;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Targets;

/// <summary>A target as sent over the API: { year, positions, fte, version } (version 0 for a year without a target).</summary>
public sealed record TargetRequest(int? Year, int? Positions, decimal? Fte, int? Version);

/// <summary>A target as typed in a form (FTE as text).</summary>
public sealed record TargetInput(int? Year, int? Positions, string? Fte, int? Version)
{
    public static TargetInput From(TargetRequest? request) =>
        new(request?.Year, request?.Positions, PeerInput.Text(request?.Fte), request?.Version);
}

public sealed record TargetView(Guid Id, Guid? DepartmentId, int Year, int? Positions, decimal? Fte, string UpdatedBy, DateTimeOffset UpdatedAt, int Version)
{
    public static TargetView From(PeerTargetRow t) => new(t.Id, t.DepartmentId, t.Year, t.Positions, t.Fte, t.UpdatedBy, t.UpdatedAt, t.Version);
}

/// <summary>
/// Sets the target for a year: a department's (its leader, or a section leader) or the section's (section leaders).
/// Saving a year that has a target changes it, from the version read.
/// </summary>
public sealed class TargetCommands(AppDbContext db, DepartmentAccess access, TimeProvider clock)
{
    public static readonly Refusal SectionOnly = Refusal.Of(RefusalKind.Forbidden, "Implementation.PeerWorkers.Error.SectionOnly");

    /// <summary>The department's targets, or the section's (null), newest year last.</summary>
    public async Task<Outcome<List<TargetView>>> ListAsync(ClaimsPrincipal user, Guid? departmentId)
    {
        if (await OpenAsync(user, departmentId) is { } refusal)
        {
            return refusal;
        }
        var rows = await db.Set<PeerTargetRow>().AsNoTracking().Where(t => t.DepartmentId == departmentId).OrderBy(t => t.Year).ToListAsync();
        return rows.ConvertAll(TargetView.From);
    }

    public async Task<(Outcome<TargetView> Outcome, TargetView? Current)> SaveAsync(ClaimsPrincipal user, Guid? departmentId, TargetInput input)
    {
        if (await OpenAsync(user, departmentId) is { } refusal)
        {
            return (refusal, null);
        }
        var (year, positions, fte, invalid) = Check(input);
        if (invalid is not null)
        {
            return (invalid, null);
        }
        var target = await db.Set<PeerTargetRow>().FirstOrDefaultAsync(t => t.DepartmentId == departmentId && t.Year == year);
        if ((target?.Version ?? 0) != (input.Version ?? 0))
        {
            return (InputRules.Conflict, target is null ? null : TargetView.From(target));
        }
        if (target is null)
        {
            target = new PeerTargetRow { Id = Guid.NewGuid(), DepartmentId = departmentId, Year = year, UpdatedBy = "" };
            db.Add(target);
        }
        target.Positions = positions;
        target.Fte = fte;
        target.UpdatedBy = user.DisplayNameOf();
        target.UpdatedAt = clock.GetUtcNow();
        target.Version++;
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<PeerTargetRow>().AsNoTracking().FirstOrDefaultAsync(t => t.DepartmentId == departmentId && t.Year == year);
            return (InputRules.Conflict, current is null ? null : TargetView.From(current));
        }
        return (TargetView.From(target), null);
    }

    /// <summary>Null when the user may work on this department's (or, for null, the section's) targets.</summary>
    private async Task<Refusal?> OpenAsync(ClaimsPrincipal user, Guid? departmentId)
    {
        if (departmentId is { } id)
        {
            var opened = await access.OpenAsync(user, id);
            return opened.Succeeded ? null : opened.Refusal;
        }
        return DepartmentAccess.SeesAll(user) ? null : SectionOnly;
    }

    internal static (int Year, int? Positions, decimal? Fte, Refusal? Refusal) Check(TargetInput input)
    {
        var errors = new List<FieldError>();
        if (input.Year is not (>= PeerInput.FirstYear and <= PeerInput.LastYear))
        {
            errors.Add(new FieldError("year", "Implementation.PeerWorkers.Error.Year", PeerInput.FirstYear + "–" + PeerInput.LastYear));
        }
        if (input.Positions is < 1)
        {
            errors.Add(new FieldError("positions", "Implementation.PeerWorkers.Error.TargetPositions"));
        }
        var fte = PeerInput.Number(errors, "fte", input.Fte, "Implementation.PeerWorkers.Error.TargetFte");
        if (fte is <= 0 or > PeerInput.MaxTargetFte || (fte is { } f && decimal.Round(f, 2) != f))
        {
            errors.Add(new FieldError("fte", "Implementation.PeerWorkers.Error.TargetFte"));
        }
        if (errors.Count == 0 && input.Positions is null && fte is null)
        {
            errors.Add(new FieldError("positions", "Implementation.PeerWorkers.Error.TargetEmpty"));
        }
        if (input.Version is < 0)
        {
            errors.Add(new FieldError("version", "Input.Error.Version"));
        }
        return errors.Count > 0 ? (0, null, null, InputRules.Invalid(errors)) : (input.Year!.Value, input.Positions, fte, null);
    }
}
