using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Modules.Community.Offers.Keeping;
using Skipper.Web.Modules.Community.Offers.SaveToPlan;

namespace Skipper.Web.Modules.Community.Offers;

internal static class OffersSetup
{
    public static IServiceCollection AddOffers(this IServiceCollection services)
    {
        services.AddScoped<OfferSearch>();
        services.AddScoped<OfferQuery>();
        services.AddScoped<OfferKeepers>();
        services.AddScoped<OfferCommands>();
        services.AddScoped<MyOffers>();
        services.AddScoped<SaveOfferToPlan>();
        return services;
    }
}
