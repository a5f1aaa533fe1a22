using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Extensions.DependencyInjection;
using Verwerkers.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Verwerkers in a service collection: <c>services.AddVerwerkers(options =&gt; …)</c>.</summary>
public static class VerwerkersServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons, <see cref="IComplianceChecker"/>, <see cref="IAgreementGenerator"/>,
    /// <see cref="IRegisterStore"/> (a <see cref="FolderRegisterStore"/> over
    /// <see cref="VerwerkersOptions.RegisterFolder"/>) and <see cref="IPdfConverter"/> (LibreOffice), configured by
    /// <see cref="VerwerkersOptions"/>.
    /// </summary>
    /// <remarks>
    /// <para>The options are validated when the host starts (<c>ValidateOnStart</c>; every invalid field in one
    /// <see cref="OptionsValidationException"/>), and again when a service is first resolved in a container without a
    /// host.</para>
    /// <para>With an <see cref="ILoggerFactory"/> in the container the services log under the categories
    /// <c>Verwerkers.Pdf</c> (every conversion), <c>Verwerkers.Agreements</c> (what was generated, and every refused
    /// agreement as a warning) and <c>Verwerkers.Registers</c> (every register loaded, rejected or saved).</para>
    /// <para>Calling it again adds the configuration; the services are registered once (a service registered before,
    /// for example a fake in a test, is kept).</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null keeps the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddVerwerkers(this IServiceCollection services, Action<VerwerkersOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var builder = services.AddOptions<VerwerkersOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VerwerkersOptions>, VerwerkersOptionsValidator>());

        services.TryAddSingleton<IPdfConverter>(sp =>
        {
            var options = Options(sp);
            var converter = options.Agreements.PdfConverter ?? new LibreOfficePdfConverter(options.SofficePath, options.PdfTimeoutPerDocument);
            return new LoggingPdfConverter(converter, Logger(sp, "Verwerkers.Pdf"));
        });
        services.TryAddSingleton<IComplianceChecker>(sp => new ConfiguredComplianceChecker(Options(sp).Compliance));
        services.TryAddSingleton<IAgreementGenerator>(sp =>
        {
            var options = Options(sp);
            var agreements = CopyOf(options.Agreements);
            agreements.ComplianceOptions ??= options.Compliance;
            agreements.PdfConverter = options.ConvertToPdf ? sp.GetRequiredService<IPdfConverter>() : null;
            var generator = options.TemplatePath is null
                ? new AgreementGenerator(agreements)
                : AgreementGenerator.FromTemplateFile(options.TemplatePath, agreements);
            return new LoggingAgreementGenerator(generator, Logger(sp, "Verwerkers.Agreements"));
        });
        services.TryAddSingleton<IRegisterStore>(sp =>
        {
            var options = Options(sp);
            if (options.RegisterFolder is null)
            {
                throw new InvalidOperationException(
                    "No register store is configured: set VerwerkersOptions.RegisterFolder (configuration key Verwerkers:RegisterFolder) to the folder of the register files.");
            }

            return new LoggingRegisterStore(new FolderRegisterStore(options.RegisterFolder, options.RegisterJson), Logger(sp, "Verwerkers.Registers"));
        });
        return services;
    }

    private static VerwerkersOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<VerwerkersOptions>>().Value;

    private static ILogger Logger(IServiceProvider services, string category) =>
        (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(category);

    /// <summary>A copy, so that the generator's options do not change with the registered ones (the generator copies them again).</summary>
    private static AgreementGeneratorOptions CopyOf(AgreementGeneratorOptions options) => new()
    {
        Language = options.Language,
        AllowUnresolvedTransfers = options.AllowUnresolvedTransfers,
        IncludeVendorAgreements = options.IncludeVendorAgreements,
        Overwrite = options.Overwrite,
        HardLinks = options.HardLinks,
        FileNamePrefix = options.FileNamePrefix,
        ModelOptions = options.ModelOptions,
        ComplianceOptions = options.ComplianceOptions,
        PdfConverter = options.PdfConverter,
    };
}
