using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>Reads the municipality's deck: all of it, one card, or a card drawn at random.</summary>
public sealed class CardDeck(AppDbContext db)
{
    /// <summary>Whether the user keeps the deck (sees retired cards, edits): the KeepCards policy decides.</summary>
    public static async Task<bool> KeepsCardsAsync(ClaimsPrincipal user, IAuthorizationService authorization) =>
        (await authorization.AuthorizeAsync(user, Policies.KeepCards)).Succeeded;

    private IQueryable<ReflectionCard> Cards => db.Set<ReflectionCard>().AsNoTracking();

    public async Task<List<CardView>> ListAsync(bool includeRetired)
    {
        var rows = await Cards.Where(c => includeRetired || c.RetiredAt == null).OrderBy(c => c.Number).ToListAsync();
        return rows.Select(CardView.From).ToList();
    }

    public async Task<CardView?> ByNumberAsync(int number) =>
        await Cards.Where(c => c.Number == number).Select(c => CardView.From(c)).FirstOrDefaultAsync();

    public async Task<CardView?> ByIdAsync(Guid id) =>
        await Cards.Where(c => c.Id == id).Select(c => CardView.From(c)).FirstOrDefaultAsync();

    /// <summary>
    /// A random active card, avoiding the card now on the screen and the card of the department's last logged
    /// session, when there is another. Null when the deck has no active card.
    /// </summary>
    public async Task<CardView?> DrawAsync(ClaimsPrincipal user, Guid? shown = null)
    {
        var candidates = await Cards.Where(c => c.RetiredAt == null)
            .Select(c => new DrawCandidate(c.Id, c.Number, false)).ToListAsync();
        var avoid = new List<Guid>();
        if (shown is { } now)
        {
            avoid.Add(now);
        }
        if (user.DepartmentId() is { } department)
        {
            var last = await db.Set<ReflectionSession>().AsNoTracking()
                .Where(s => s.DepartmentId == department)
                .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.LoggedAt)
                .Select(s => (Guid?)s.CardId).FirstOrDefaultAsync();
            if (last is { } lastCard)
            {
                avoid.Add(lastCard);
            }
        }
        var drawn = CardDraw.Pick(candidates, avoid, Random.Shared);
        return drawn is null ? null : await ByIdAsync(drawn.Id);
    }
}
