using Skipper.Web.Modules.Guide.Cards;
using Skipper.Web.Modules.Guide.Data;

namespace Skipper.UnitTests.Modules.Guide;

public sealed class ShippedCardsTests
{
    [Fact]
    public void The_shipped_deck_has_at_least_eighteen_cards_in_both_languages_within_the_limit()
    {
        var cards = ShippedCards.Read();

        cards.Count.ShouldBeGreaterThanOrEqualTo(18);
        cards.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Nb) && !string.IsNullOrWhiteSpace(c.En));
        cards.ShouldAllBe(c => c.Nb.Length <= GuideLimits.CardText && c.En.Length <= GuideLimits.CardText);
        cards.Select(c => c.Nb).Distinct().Count().ShouldBe(cards.Count);
    }
}
