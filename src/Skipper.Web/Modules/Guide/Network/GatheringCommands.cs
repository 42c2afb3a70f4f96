using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Network;

/// <summary>Recovery contacts add and change the network's gatherings. Who came are accounts of the municipality.</summary>
public sealed class GatheringCommands(AppDbContext db, NetworkQuery query, TimeProvider clock)
{
    public async Task<GatheringView?> GetAsync(ClaimsPrincipal user, Guid id)
    {
        var gathering = await db.Set<ContactGathering>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id);
        return gathering is null ? null : GatheringView.From(gathering, await query.NamesAsync(user, gathering.Attendees));
    }

    public async Task<Outcome<GatheringView>> AddAsync(ClaimsPrincipal user, GatheringRequest? request)
    {
        var (clean, refusal) = await CheckAsync(user, request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var now = clock.GetUtcNow();
        var gathering = new ContactGathering { Id = Guid.NewGuid(), CreatedBy = user.UserId() ?? Guid.Empty, CreatedAt = now };
        Fill(gathering, clean, now);
        db.Add(gathering);
        await db.SaveChangesAsync();
        return GatheringView.From(gathering, await query.NamesAsync(user, gathering.Attendees));
    }

    public async Task<(Outcome<GatheringView> Outcome, GatheringView? Current)> UpdateAsync(ClaimsPrincipal user, Guid id, GatheringRequest? request)
    {
        var gathering = await db.Set<ContactGathering>().FirstOrDefaultAsync(g => g.Id == id);
        if (gathering is null)
        {
            return (NotFound, null);
        }
        var (clean, refusal) = await CheckAsync(user, request, needsVersion: true);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        if (gathering.Version != clean.Version)
        {
            return (Conflict, await GetAsync(user, id));
        }
        Fill(gathering, clean, clock.GetUtcNow());
        if (!await db.TrySaveAsync())
        {
            return (Conflict, await GetAsync(user, id));
        }
        return (GatheringView.From(gathering, await query.NamesAsync(user, gathering.Attendees)), null);
    }

    private sealed record Clean(DateOnly HeldOn, string Agenda, List<Guid> Attendees, string Notes, int? Version);

    private async Task<(Clean Clean, Refusal? Refusal)> CheckAsync(ClaimsPrincipal user, GatheringRequest? request, bool needsVersion)
    {
        static string Text(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var errors = new List<FieldError>();
        var today = query.Today();
        DateOnly heldOn = default;
        if (string.IsNullOrWhiteSpace(request?.HeldOn))
        {
            errors.Add(new FieldError("heldOn", "Guide.Network.Error.DateRequired"));
        }
        else if (!DateOnly.TryParseExact(request.HeldOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out heldOn))
        {
            errors.Add(new FieldError("heldOn", "Guide.Network.Error.Date"));
        }
        else if (heldOn > today.AddYears(1))
        {
            errors.Add(new FieldError("heldOn", "Guide.Network.Error.TooFarAhead"));
        }
        var agenda = Text(request?.Agenda);
        var notes = Text(request?.Notes);
        if (agenda.Length == 0)
        {
            errors.Add(new FieldError("agenda", "Guide.Network.Error.AgendaRequired"));
        }
        if (agenda.Length > GuideLimits.LongText)
        {
            errors.Add(new FieldError("agenda", "Guide.Network.Error.TooLong", GuideLimits.LongText));
        }
        if (notes.Length > GuideLimits.LongText)
        {
            errors.Add(new FieldError("notes", "Guide.Network.Error.TooLong", GuideLimits.LongText));
        }
        var attendees = (request?.Attendees ?? []).Distinct().ToList();
        if (attendees.Count > 0 && (await query.NamesAsync(user, attendees)).Count != attendees.Count)
        {
            errors.Add(new FieldError("attendees", "Guide.Network.Error.UnknownAttendee"));
        }
        if (needsVersion && request?.Version is null or < 0)
        {
            errors.Add(new FieldError("version", "Guide.Network.Error.Version"));
        }
        var clean = new Clean(heldOn, agenda, attendees, notes, request?.Version);
        return (clean, errors.Count > 0 ? Refusal.Invalid(errors) : null);
    }

    private static void Fill(ContactGathering gathering, Clean clean, DateTimeOffset now)
    {
        gathering.HeldOn = clean.HeldOn;
        gathering.Agenda = clean.Agenda;
        gathering.Attendees = clean.Attendees;
        gathering.Notes = clean.Notes;
        gathering.UpdatedAt = now;
        gathering.Version++;
    }

    private static Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Guide.Network.Error.NotFound");

    private static Refusal Conflict => Refusal.Of(RefusalKind.Conflict, "Guide.Network.Error.Conflict");
}
