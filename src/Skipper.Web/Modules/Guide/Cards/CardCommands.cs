using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>Keeps the deck: new team cards, new wording, retiring and bringing back. Only for KeepCards (the policy says who).</summary>
public sealed class CardCommands(AppDbContext db, TimeProvider clock)
{
    internal static readonly Refusal NotFound = Refusal.Of(RefusalKind.NotFound, "Guide.Cards.Error.NotFound");
    internal static readonly Refusal Conflict = Refusal.Of(RefusalKind.Conflict, "Guide.Cards.Error.Conflict");

    public async Task<Outcome<CardView>> CreateAsync(ClaimsPrincipal user, NewCardRequest? request)
    {
        var errors = new List<FieldError>();
        var (text, textEn) = Check(errors, request?.Text, request?.TextEn);
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        // Two cards made at once may take the same number; the unique index refuses one, which then tries the next.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var number = (await db.Set<ReflectionCard>().MaxAsync(c => (int?)c.Number) ?? 0) + 1;
            var card = new ReflectionCard
            {
                Id = Guid.NewGuid(),
                Number = number,
                Text = text,
                TextEn = textEn,
                DepartmentId = user.DepartmentId(),
                CreatedBy = user.DisplayNameOf(),
                CreatedAt = now,
                UpdatedAt = now,
                Version = 1,
            };
            db.Add(card);
            if (await db.TrySaveAsync())
            {
                return CardView.From(card);
            }
        }
        return Conflict;
    }

    public async Task<(Outcome<CardView> Outcome, CardView? Current)> EditAsync(Guid id, EditCardRequest? request)
    {
        var errors = new List<FieldError>();
        var (text, textEn) = Check(errors, request?.Text, request?.TextEn);
        if (request?.Version is null)
        {
            errors.Add(new FieldError("version", "Guide.Cards.Error.Version"));
        }
        var card = await db.Set<ReflectionCard>().FirstOrDefaultAsync(c => c.Id == id);
        if (card is null)
        {
            return (NotFound, null);
        }
        if (errors.Count > 0)
        {
            return (Refusal.Invalid(errors), null);
        }
        if (card.Version != request!.Version)
        {
            return (Conflict, CardView.From(card));
        }
        card.Text = text;
        card.TextEn = textEn;
        return await SaveAsync(card);
    }

    /// <summary>Retires (or brings back) a card; doing it twice changes nothing the second time.</summary>
    public async Task<Outcome<CardView>> SetRetiredAsync(Guid id, bool retired)
    {
        var card = await db.Set<ReflectionCard>().FirstOrDefaultAsync(c => c.Id == id);
        if (card is null)
        {
            return NotFound;
        }
        if ((card.RetiredAt is not null) == retired)
        {
            return CardView.From(card);
        }
        card.RetiredAt = retired ? clock.GetUtcNow() : null;
        return (await SaveAsync(card)).Outcome;
    }

    private async Task<(Outcome<CardView> Outcome, CardView? Current)> SaveAsync(ReflectionCard card)
    {
        card.UpdatedAt = clock.GetUtcNow();
        card.Version++;
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<ReflectionCard>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == card.Id);
            return (Conflict, current is null ? null : CardView.From(current));
        }
        return (CardView.From(card), null);
    }

    internal static (string Text, string? TextEn) Check(List<FieldError> errors, string? text, string? textEn)
    {
        var nb = Clean(text);
        var en = Clean(textEn);
        if (nb.Length == 0)
        {
            errors.Add(new FieldError("text", "Guide.Cards.Error.TextRequired"));
        }
        else if (nb.Length > GuideLimits.CardText)
        {
            errors.Add(new FieldError("text", "Guide.Cards.Error.TooLong", GuideLimits.CardText));
        }
        if (en.Length > GuideLimits.CardText)
        {
            errors.Add(new FieldError("textEn", "Guide.Cards.Error.TooLong", GuideLimits.CardText));
        }
        return (nb, en.Length == 0 ? null : en);
    }

    internal static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n").Trim();
}
