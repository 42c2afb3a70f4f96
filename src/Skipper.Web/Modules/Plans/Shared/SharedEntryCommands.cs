using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Shared;

/// <summary>
/// The one way to add and change entries that the person and staff both write (meetings, shared decisions).
/// The person changes any of them; staff with a care relation add them and change those written by staff,
/// never what the person wrote. Each entry shows who wrote it last, and when; nobody deletes one.
/// </summary>
public abstract class SharedEntryCommands<TEntry, TView, TRequest, TClean>(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
    where TEntry : class, IPlanEntry
    where TView : class
    where TRequest : class
    where TClean : class
{
    protected AppDbContext Db => db;

    /// <summary>The part's name in PlanParts, used in the audit trail's resource.</summary>
    protected abstract string Part { get; }

    protected abstract Refusal NotFound { get; }

    protected abstract (TClean? Clean, Refusal? Refusal) Check(TRequest? request, bool needsVersion);

    protected abstract int? VersionOf(TRequest request);

    protected abstract TEntry Create(Guid personId, TClean clean);

    protected abstract void Fill(TEntry entry, TClean clean, Authorship by);

    protected abstract TView ViewOf(TEntry entry);

    /// <summary>Updates the plan's activity row (db.TouchPlanAsync) in the same save as the entry.</summary>
    protected abstract Task TouchAsync(TEntry entry);

    public async Task<Outcome<TView>> AddOwnAsync(ClaimsPrincipal user, TRequest? request) =>
        await AddAsync(user, await door.OpenOwnAsync(user, PersonOperation.Write), request);

    /// <summary>Staff with a care relation; without one the plan is not found (and the attempt is logged by the gate).</summary>
    public async Task<Outcome<TView>> AddForAsync(ClaimsPrincipal user, Guid personId, TRequest? request) =>
        await AddAsync(user, await door.OpenAsync(user, personId, PersonOperation.Write), request);

    public async Task<(Outcome<TView> Outcome, TView? Current)> UpdateOwnAsync(ClaimsPrincipal user, Guid entryId, TRequest? request) =>
        await UpdateAsync(user, await door.OpenOwnAsync(user, PersonOperation.Write), entryId, request);

    public async Task<(Outcome<TView> Outcome, TView? Current)> UpdateForAsync(ClaimsPrincipal user, Guid personId, Guid entryId, TRequest? request) =>
        await UpdateAsync(user, await door.OpenAsync(user, personId, PersonOperation.Write), entryId, request);

    private async Task<Outcome<TView>> AddAsync(ClaimsPrincipal user, PlanOpening plan, TRequest? request)
    {
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var (clean, refusal) = Check(request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var entry = Create(plan.PersonId, clean!);
        entry.Version = 1;
        Fill(entry, clean!, Author.Of(user, clock.GetUtcNow()));
        db.Add(entry);
        await TouchAsync(entry);
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, ResourceOf(entry));
        return ViewOf(entry);
    }

    private async Task<(Outcome<TView> Outcome, TView? Current)> UpdateAsync(ClaimsPrincipal user, PlanOpening plan, Guid entryId, TRequest? request)
    {
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        var (clean, refusal) = Check(request, needsVersion: true);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        var entry = await db.Set<TEntry>().FirstOrDefaultAsync(e => e.Id == entryId && e.PersonId == plan.PersonId);
        if (entry is null)
        {
            return (NotFound, null);
        }
        if (!plan.IsSelf && entry.WrittenBy.Role == Roles.Person)
        {
            return (PlanRules.PersonWroteIt, null);
        }
        if (entry.Version != VersionOf(request!))
        {
            return (InputRules.Conflict, ViewOf(entry));
        }
        Fill(entry, clean!, Author.Of(user, clock.GetUtcNow()));
        entry.Version++;
        await TouchAsync(entry);
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<TEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId);
            return (InputRules.Conflict, current is null ? null : ViewOf(current));
        }
        await gate.RecordChangeAsync(user, plan.Gate, ResourceOf(entry));
        return (ViewOf(entry), null);
    }

    private string ResourceOf(TEntry entry) => $"{PlanDoor.Resource}/{Part}/{entry.Id}";
}
