using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Resources;

/// <summary>A resource: kind is inner, interpersonal or external; text required, at most 500 characters.</summary>
public sealed record ResourceRequest(string? Kind, string? Text, int? Version);

/// <summary>The person adds, changes and removes their own resources (the strategy grid's three columns). Staff read.</summary>
public sealed class ResourceCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public async Task<Outcome<ResourceView>> AddAsync(ClaimsPrincipal user, ResourceRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var (kind, text, refusal) = Check(request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var resource = new PlanResource
        {
            Id = Guid.NewGuid(),
            PersonId = plan.PersonId,
            Kind = kind,
            Text = text,
            WrittenBy = Author.Of(user, clock.GetUtcNow()),
            Version = 1,
        };
        db.Add(resource);
        await db.TouchPlanAsync(plan.PersonId, resource.WrittenBy);
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, Path(resource.Id));
        return ResourceView.From(resource);
    }

    /// <summary>Kind and text, from the version the person started from; an older version is refused with the newer row.</summary>
    public async Task<(Outcome<ResourceView> Outcome, ResourceView? Current)> UpdateAsync(ClaimsPrincipal user, Guid resourceId, ResourceRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        var (kind, text, refusal) = Check(request, needsVersion: true);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        var resource = await db.Set<PlanResource>().FirstOrDefaultAsync(r => r.Id == resourceId && r.PersonId == plan.PersonId);
        if (resource is null)
        {
            return (NotFound, null);
        }
        if (resource.Version != request!.Version)
        {
            return (InputRules.Conflict, ResourceView.From(resource));
        }
        resource.Kind = kind;
        resource.Text = text;
        resource.Version++;
        await db.TouchPlanAsync(plan.PersonId, Author.Of(user, clock.GetUtcNow()));
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<PlanResource>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == resourceId);
            return (InputRules.Conflict, current is null ? null : ResourceView.From(current));
        }
        await gate.RecordChangeAsync(user, plan.Gate, Path(resource.Id));
        return (ResourceView.From(resource), null);
    }

    /// <summary>Removes one of the person's resources; null when it is gone.</summary>
    public async Task<Refusal?> RemoveAsync(ClaimsPrincipal user, Guid resourceId)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var resource = await db.Set<PlanResource>().FirstOrDefaultAsync(r => r.Id == resourceId && r.PersonId == plan.PersonId);
        if (resource is null)
        {
            return NotFound;
        }
        db.Remove(resource);
        await db.TouchPlanAsync(plan.PersonId, Author.Of(user, clock.GetUtcNow()));
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, Path(resourceId));
        return null;
    }

    private static Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Resources.Error.NotFound");

    private static string Path(Guid id) => $"{PlanDoor.Resource}/{PlanParts.Resources}/{id}";

    private static (ResourceKind Kind, string Text, Refusal? Refusal) Check(ResourceRequest? request, bool needsVersion)
    {
        var errors = new List<FieldError>();
        if (!EnumNames.TryParse<ResourceKind>(request?.Kind, out var kind))
        {
            errors.Add(new FieldError("kind", "Plan.Resources.Error.Kind"));
        }
        var text = InputRules.Clean(request?.Text);
        InputRules.Required(errors, "text", text);
        InputRules.AtMost(errors, "text", text, PlanLimits.Step);
        if (needsVersion)
        {
            InputRules.Version(errors, request?.Version);
        }
        return (kind, text, errors.Count > 0 ? InputRules.Invalid(errors) : null);
    }
}
