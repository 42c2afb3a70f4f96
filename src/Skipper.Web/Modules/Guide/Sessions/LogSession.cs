using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Sessions;

/// <summary>Logs a reflection slot held in a staff meeting. Any employee logs it, for any department of the municipality.</summary>
public sealed class LogSession(AppDbContext db, TimeProvider clock)
{
    public const int MinParticipants = 1;
    public const int MaxParticipants = 500;

    /// <summary>Today in Norway: a session cannot be held later than that.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);

    public async Task<Outcome<SessionView>> LogAsync(ClaimsPrincipal user, LogSessionRequest? request)
    {
        var errors = new List<FieldError>();
        var departmentId = request?.DepartmentId ?? user.DepartmentId();
        var department = departmentId is { } id ? await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id) : null;
        if (department is null)
        {
            errors.Add(new FieldError("departmentId", departmentId is null ? "Guide.Cards.Log.Error.NoDepartment" : "Guide.Cards.Log.Error.Department"));
        }
        if (request?.HeldOn is not { } heldOn)
        {
            errors.Add(new FieldError("heldOn", "Guide.Cards.Log.Error.Date"));
        }
        else if (heldOn > Today)
        {
            errors.Add(new FieldError("heldOn", "Guide.Cards.Log.Error.Future"));
        }
        var card = request?.CardId is { } cardId
            ? await db.Set<ReflectionCard>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == cardId)
            : null;
        if (card is null)
        {
            errors.Add(new FieldError("cardId", "Guide.Cards.Log.Error.Card"));
        }
        if (request?.Participants is not (>= MinParticipants and <= MaxParticipants))
        {
            errors.Add(new FieldError("participants", "Guide.Cards.Log.Error.Participants", MaxParticipants));
        }
        var note = (request?.Note ?? "").Replace("\r\n", "\n").Trim();
        if (note.Length > GuideLimits.Note)
        {
            errors.Add(new FieldError("note", "Guide.Cards.Log.Error.Note", GuideLimits.Note));
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var session = new ReflectionSession
        {
            Id = Guid.NewGuid(),
            DepartmentId = department!.Id,
            HeldOn = request!.HeldOn!.Value,
            CardId = card!.Id,
            Participants = request.Participants!.Value,
            Note = note,
            LoggedBy = user.UserId() ?? Guid.Empty,
            LoggedAt = clock.GetUtcNow(),
        };
        db.Add(session);
        await db.SaveChangesAsync();
        return new SessionView(session.Id, department.Id, department.Name, session.HeldOn, card.Id, card.Number, session.Participants, session.Note, session.LoggedAt);
    }
}
