namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>What the draw needs to know of a card.</summary>
public sealed record DrawCandidate(Guid Id, int Number, bool Retired);

/// <summary>
/// Drawing a card for the staff meeting: any active card at random, avoiding the ones just used (the card on the
/// screen, the card of the department's last session) when there is another to draw. A retired card is never drawn.
/// </summary>
public static class CardDraw
{
    public static DrawCandidate? Pick(IReadOnlyList<DrawCandidate> cards, IReadOnlyCollection<Guid> avoid, Random random)
    {
        var active = cards.Where(c => !c.Retired).ToList();
        var fresh = active.Where(c => !avoid.Contains(c.Id)).ToList();
        var from = fresh.Count > 0 ? fresh : active;
        return from.Count == 0 ? null : from[random.Next(from.Count)];
    }
}
