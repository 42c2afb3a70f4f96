using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.PeerWorkers.Data;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Positions;

/// <summary>A position as sent over the API: { percent, kind, startOn, endOn, label, version }.</summary>
public sealed record PositionRequest(decimal? Percent, string? Kind, string? StartOn, string? EndOn, string? Label, int? Version);

/// <summary>A position as typed in a form (the percentage as text).</summary>
public sealed record PositionInput(string? Percent, string? Kind, string? StartOn, string? EndOn, string? Label, int? Version)
{
    public static PositionInput From(PositionRequest? request) =>
        new(PeerInput.Text(request?.Percent), request?.Kind, request?.StartOn, request?.EndOn, request?.Label, request?.Version);
}

public sealed record PositionView(Guid Id, Guid DepartmentId, decimal Percent, string Kind, DateOnly StartOn, DateOnly? EndOn, string Label, string UpdatedBy, DateTimeOffset UpdatedAt, int Version)
{
    public static PositionView From(PeerPosition p) =>
        new(p.Id, p.DepartmentId, p.Percent, EnumNames.Of(p.Kind), p.StartOn, p.EndOn, p.Label, p.UpdatedBy, p.UpdatedAt, p.Version);
}

/// <summary>Adds and changes (and so ends) a department's positions. The Leader policy lets in; DepartmentAccess says which department.</summary>
public sealed class PositionCommands(AppDbContext db, DepartmentAccess access, TimeProvider clock)
{
    public static readonly Refusal NotFound = Refusal.Of(RefusalKind.NotFound, "Implementation.PeerWorkers.Error.PositionNotFound");

    public async Task<Outcome<PositionView>> AddAsync(ClaimsPrincipal user, Guid departmentId, PositionInput input)
    {
        var opened = await access.OpenAsync(user, departmentId);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (checkedInput, refusal) = Check(input, isNew: true);
        if (refusal is not null)
        {
            return refusal;
        }
        var position = new PeerPosition { Id = Guid.NewGuid(), DepartmentId = departmentId, UpdatedBy = "" };
        Apply(position, checkedInput, user);
        db.Add(position);
        await db.SaveChangesAsync();
        return PositionView.From(position);
    }

    public async Task<(Outcome<PositionView> Outcome, PositionView? Current)> ChangeAsync(ClaimsPrincipal user, Guid departmentId, Guid positionId, PositionInput input)
    {
        var opened = await access.OpenAsync(user, departmentId);
        if (!opened.Succeeded)
        {
            return (opened.Refusal, null);
        }
        var position = await db.Set<PeerPosition>().FirstOrDefaultAsync(p => p.Id == positionId && p.DepartmentId == departmentId);
        if (position is null)
        {
            return (NotFound, null);
        }
        var (checkedInput, refusal) = Check(input, isNew: false);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        if (position.Version != input.Version)
        {
            return (InputRules.Conflict, PositionView.From(position));
        }
        Apply(position, checkedInput, user);
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<PeerPosition>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == positionId);
            return (InputRules.Conflict, current is null ? null : PositionView.From(current));
        }
        return (PositionView.From(position), null);
    }

    private void Apply(PeerPosition position, Checked input, ClaimsPrincipal user)
    {
        position.Percent = input.Percent;
        position.Kind = input.Kind;
        position.StartOn = input.StartOn;
        position.EndOn = input.EndOn;
        position.Label = input.Label;
        position.UpdatedBy = user.DisplayNameOf();
        position.UpdatedAt = clock.GetUtcNow();
        position.Version++;
    }

    internal sealed record Checked(decimal Percent, PositionKind Kind, DateOnly StartOn, DateOnly? EndOn, string Label);

    internal static (Checked Input, Refusal? Refusal) Check(PositionInput input, bool isNew)
    {
        var errors = new List<FieldError>();
        var percent = PeerInput.Number(errors, "percent", input.Percent, "Implementation.PeerWorkers.Error.Percent");
        if (percent is null && !errors.Any(e => e.Field == "percent"))
        {
            errors.Add(new FieldError("percent", "Implementation.PeerWorkers.Error.PercentRequired"));
        }
        else if (percent is <= 0 or > PeerRules.MaxPercent)
        {
            errors.Add(new FieldError("percent", "Implementation.PeerWorkers.Error.Percent"));
        }
        else if (percent is { } p && decimal.Round(p, 2) != p)
        {
            errors.Add(new FieldError("percent", "Implementation.PeerWorkers.Error.PercentDecimals"));
        }
        if (!EnumNames.TryParse<PositionKind>(input.Kind, out var kind))
        {
            errors.Add(new FieldError("kind", "Implementation.PeerWorkers.Error.Kind"));
        }
        var start = InputRules.Date(errors, "startOn", input.StartOn);
        if (start is null && !errors.Any(e => e.Field == "startOn"))
        {
            errors.Add(new FieldError("startOn", "Implementation.PeerWorkers.Error.StartRequired"));
        }
        var end = InputRules.Date(errors, "endOn", input.EndOn);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(new FieldError("endOn", "Implementation.PeerWorkers.Error.EndBeforeStart"));
        }
        var label = InputRules.Clean(input.Label);
        InputRules.AtMost(errors, "label", label, PeerLimits.Label);
        if (!isNew)
        {
            InputRules.Version(errors, input.Version);
        }
        return errors.Count > 0
            ? (null!, InputRules.Invalid(errors))
            : (new Checked(percent!.Value, kind, start!.Value, end, label), null);
    }
}
