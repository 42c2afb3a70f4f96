using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Community.Offers.Data;

/// <summary>
/// On PostgreSQL the catalogue's word search (LIKE '%word%' on SearchText) reads a trigram GIN index instead of every
/// offer's text. SQLite scans; at a municipality's few thousand offers that is fast enough there.
/// </summary>
internal sealed class OfferWordIndex : IPostgresModel
{
    public void Configure(ModelBuilder builder)
    {
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Offer>().HasIndex(o => o.SearchText, "IX_CommunityOffers_SearchText_Trigram")
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops");
    }
}
