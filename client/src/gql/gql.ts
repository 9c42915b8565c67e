/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Account {\n    me {\n      totpEnabled\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation EnableTotp {\n    enableTotp {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.EnableTotpDocument,
    "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      recoveryCodes\n    }\n  }\n": typeof types.ConfirmTotpDocument,
    "\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(password: $password, code: $code)\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  query AnalyticsDashboard($range: AnalyticsRangeInput!) {\n    analyticsDashboard(range: $range) {\n      from\n      to\n      granularity\n      series {\n        bucket\n        pageViews\n        visitors\n        addToCart\n        checkouts\n        purchases\n        convertedVisitors\n      }\n      totals {\n        pageViews\n        visitors\n        addToCart\n        checkouts\n        purchases\n        convertedVisitors\n        conversionRate\n      }\n      topPages {\n        key\n        pageViews\n        visitors\n      }\n      referrers {\n        key\n        pageViews\n        visitors\n      }\n      sources {\n        key\n        pageViews\n        visitors\n      }\n      campaigns {\n        key\n        pageViews\n        visitors\n      }\n      devices {\n        key\n        pageViews\n        visitors\n      }\n      revenue {\n        day\n        currency\n        amountMinor\n        purchases\n      }\n    }\n  }\n": typeof types.AnalyticsDashboardDocument,
    "\n  query AnalyticsLive {\n    analyticsLive {\n      since\n      pageViews\n      visitors\n      events\n    }\n  }\n": typeof types.AnalyticsLiveDocument,
    "\n  mutation RequestAnalyticsExport($range: AnalyticsRangeInput!) {\n    requestAnalyticsExport(range: $range) {\n      id\n      status\n      from\n      to\n      granularity\n      createdAt\n      downloadUrl\n    }\n  }\n": typeof types.RequestAnalyticsExportDocument,
    "\n  query AnalyticsExport($id: ID!) {\n    analyticsExport(id: $id) {\n      id\n      status\n      from\n      to\n      granularity\n      createdAt\n      downloadUrl\n    }\n  }\n": typeof types.AnalyticsExportDocument,
    "\n  mutation DeleteAnalyticsData {\n    deleteAnalyticsData {\n      events\n      aggregates\n      exports\n    }\n  }\n": typeof types.DeleteAnalyticsDataDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation CompleteSignUp($token: String!) {\n    completeSignUp(token: $token) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": typeof types.CompleteSignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      mfaRequired\n      mfaTicket\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CompleteMfa($ticket: String!, $code: String!) {\n    completeMfa(ticket: $ticket, code: $code) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": typeof types.CompleteMfaDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n": typeof types.SignInProvidersDocument,
    "\n  mutation ExchangeSignInCode($code: String!) {\n    exchangeSignInCode(code: $code) {\n      accessToken\n      expiresAt\n      refreshToken\n      mfaRequired\n      mfaTicket\n    }\n  }\n": typeof types.ExchangeSignInCodeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  fragment MediaAssetFields on Asset {\n    id\n    filename\n    contentType\n    size\n    kind\n    status\n    failureReason\n    private\n    alt\n    width\n    height\n    placeholderDataUrl\n    dominantColor\n    focalPoint {\n      x\n      y\n    }\n    url\n    variants(format: WEBP) {\n      width\n      height\n      format\n      crop\n      size\n      url\n    }\n    createdAt\n  }\n": typeof types.MediaAssetFieldsFragmentDoc,
    "\n  query MediaAssets($first: Int, $after: String, $search: String, $type: AssetKind) {\n    assets(first: $first, after: $after, search: $search, type: $type) {\n      edges {\n        cursor\n        node {\n          ...MediaAssetFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MediaAssetsDocument,
    "\n  query MediaAsset($id: ID!) {\n    asset(id: $id) {\n      ...MediaAssetFields\n      allVariants: variants {\n        width\n        height\n        format\n        size\n        url\n      }\n      usages {\n        service\n        kind\n        id\n        label\n      }\n    }\n  }\n": typeof types.MediaAssetDocument,
    "\n  mutation MediaCreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      asset {\n        id\n        status\n      }\n      uploadUrl\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n": typeof types.MediaCreateUploadDocument,
    "\n  mutation MediaCompleteUpload($id: ID!) {\n    completeUpload(id: $id) {\n      id\n      status\n      failureReason\n    }\n  }\n": typeof types.MediaCompleteUploadDocument,
    "\n  mutation MediaUpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      alt\n      focalPoint {\n        x\n        y\n      }\n    }\n  }\n": typeof types.MediaUpdateAssetDocument,
    "\n  mutation MediaDeleteAsset($id: ID!, $force: Boolean) {\n    deleteAsset(id: $id, force: $force)\n  }\n": typeof types.MediaDeleteAssetDocument,
    "\n  query Onboarding {\n    onboarding {\n      tenantId\n      starterSite {\n        status\n        siteId\n        homePageId\n        error\n      }\n      productAdded\n      paymentsConnected\n      themeCustomised\n      domainConnected\n      sitePublished\n      dismissedAt\n    }\n  }\n": typeof types.OnboardingDocument,
    "\n  mutation BuildStarterSite($businessName: String!) {\n    buildStarterSite(businessName: $businessName) {\n      tenantId\n    }\n  }\n": typeof types.BuildStarterSiteDocument,
    "\n  mutation DismissOnboardingChecklist {\n    dismissOnboardingChecklist {\n      tenantId\n      dismissedAt\n    }\n  }\n": typeof types.DismissOnboardingChecklistDocument,
    "\n  query Orders($first: Int, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          number\n          displayNumber\n          status\n          disputed\n          customerEmail\n          total {\n            ...StoreMoney\n          }\n          refunded {\n            ...StoreMoney\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      disputed\n      customerEmail\n      lines {\n        variantId\n        sku\n        title\n        quantity\n        unitPrice {\n          ...StoreMoney\n        }\n        total {\n          ...StoreMoney\n        }\n      }\n      subtotal {\n        ...StoreMoney\n      }\n      discount {\n        ...StoreMoney\n      }\n      tax {\n        ...StoreMoney\n      }\n      shipping {\n        ...StoreMoney\n      }\n      total {\n        ...StoreMoney\n      }\n      refunded {\n        ...StoreMoney\n      }\n      shippingAddress {\n        name\n        line1\n        line2\n        postalCode\n        city\n        region\n        country\n        phone\n      }\n      tracking {\n        carrier\n        number\n        url\n      }\n      createdAt\n      paidAt\n      fulfilledAt\n      timeline {\n        id\n        kind\n        fromStatus\n        toStatus\n        amount {\n          ...StoreMoney\n        }\n        cause\n        at\n      }\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  mutation OrderFulfil($id: ID!, $input: FulfilOrderInput!) {\n    fulfilOrder(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OrderFulfilDocument,
    "\n  mutation OrderCancel($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OrderCancelDocument,
    "\n  mutation OrderRefund($id: ID!, $input: RefundOrderInput) {\n    refundOrder(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OrderRefundDocument,
    "\n  fragment EditorPageFields on Page {\n    id\n    path\n    title\n    status\n    tree\n    version\n    updatedAt\n    publishedAt\n    templateId\n    seoTitle\n    seoDescription\n    ogImageAssetId\n    site {\n      id\n      name\n    }\n  }\n": typeof types.EditorPageFieldsFragmentDoc,
    "\n  fragment ThemeTokenFields on DesignTokens {\n    css\n    tokens {\n      path\n      type\n      cssVariable\n      description\n    }\n  }\n": typeof types.ThemeTokenFieldsFragmentDoc,
    "\n  query DraftPage($id: ID!) {\n    draftPage(id: $id) {\n      ...EditorPageFields\n      canvas {\n        css\n        header\n        footer\n      }\n    }\n    designTokens {\n      ...ThemeTokenFields\n    }\n    templates {\n      id\n      previewTokens {\n        ...ThemeTokenFields\n      }\n    }\n  }\n": typeof types.DraftPageDocument,
    "\n  query PermissionsOnSite($siteId: ID!) {\n    me {\n      permissionsOnSite(siteId: $siteId)\n    }\n  }\n": typeof types.PermissionsOnSiteDocument,
    "\n  mutation SavePage($input: SavePageInput!) {\n    savePage(input: $input) {\n      id\n      version\n      updatedAt\n      status\n      tree\n      title\n      path\n      seoTitle\n      seoDescription\n      ogImageAssetId\n    }\n  }\n": typeof types.SavePageDocument,
    "\n  mutation PublishPage($id: ID!, $expectedVersion: Int) {\n    publishPage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishPageDocument,
    "\n  query PageVersions($id: ID!) {\n    draftPage(id: $id) {\n      id\n      scheduledAt\n      scheduleNote\n      versions(first: 20) {\n        edges {\n          node {\n            version\n            title\n            createdAt\n            createdBy\n          }\n        }\n      }\n    }\n  }\n": typeof types.PageVersionsDocument,
    "\n  mutation RestorePageVersion($pageId: ID!, $version: Int!, $expectedVersion: Int) {\n    restorePageVersion(pageId: $pageId, version: $version, expectedVersion: $expectedVersion) {\n      ...EditorPageFields\n    }\n  }\n": typeof types.RestorePageVersionDocument,
    "\n  mutation CreatePreviewLink($pageId: ID!) {\n    createPreviewLink(pageId: $pageId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.CreatePreviewLinkDocument,
    "\n  mutation SchedulePublish($pageId: ID!, $at: String!, $expectedVersion: Int) {\n    schedulePublish(pageId: $pageId, at: $at, expectedVersion: $expectedVersion) {\n      id\n      version\n      scheduledAt\n    }\n  }\n": typeof types.SchedulePublishDocument,
    "\n  mutation CancelScheduledPublish($pageId: ID!) {\n    cancelScheduledPublish(pageId: $pageId) {\n      id\n      scheduledAt\n    }\n  }\n": typeof types.CancelScheduledPublishDocument,
    "\n  mutation UnpublishPage($id: ID!, $expectedVersion: Int) {\n    unpublishPage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": typeof types.UnpublishPageDocument,
    "\n  mutation DeletePage($id: ID!, $expectedVersion: Int) {\n    deletePage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      title\n      deletedAt\n    }\n  }\n": typeof types.DeletePageDocument,
    "\n  query SitePagePaths($id: ID!) {\n    draftPage(id: $id) {\n      id\n      site {\n        id\n        pages(first: 100) {\n          edges {\n            node {\n              id\n              path\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SitePagePathsDocument,
    "\n  fragment PickerProductFields on Product {\n    id\n    title\n    slug\n    status\n    imageAssetIds\n    priceRange {\n      min {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.PickerProductFieldsFragmentDoc,
    "\n  query PickerProducts($first: Int, $after: String, $search: String) {\n    products(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...PickerProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PickerProductsDocument,
    "\n  query PickerProductsByIds($ids: [ID!]!) {\n    productsByIds(ids: $ids) {\n      ...PickerProductFields\n    }\n  }\n": typeof types.PickerProductsByIdsDocument,
    "\n  query PickerCollections($first: Int, $after: String) {\n    collections(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PickerCollectionsDocument,
    "\n  query PickerPages {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PickerPagesDocument,
    "\n  query PickerAssetsByIds($ids: [ID!]!) {\n    assetsByIds(ids: $ids) {\n      id\n      filename\n      alt\n      width\n      height\n      status\n      variants(format: WEBP) {\n        width\n        crop\n        url\n      }\n    }\n  }\n": typeof types.PickerAssetsByIdsDocument,
    "\n  query PickerCollectionProducts($slug: String!, $first: Int) {\n    collection(slug: $slug) {\n      id\n      products(first: $first) {\n        edges {\n          node {\n            ...PickerProductFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PickerCollectionProductsDocument,
    "\n  query PickerMenus($siteId: ID!) {\n    menus(siteId: $siteId, first: 100) {\n      edges {\n        node {\n          id\n          handle\n        }\n      }\n    }\n  }\n": typeof types.PickerMenusDocument,
    "\n  query Sites {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          primaryHost\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n                status\n                version\n                updatedAt\n                publishedAt\n              }\n            }\n          }\n        }\n      }\n    }\n    templates {\n      id\n      name\n      description\n    }\n    trashedPages(first: 100) {\n      edges {\n        node {\n          id\n          title\n          path\n          deletedAt\n          site {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SitesDocument,
    "\n  mutation RestorePage($id: ID!, $path: String) {\n    restorePage(id: $id, path: $path) {\n      id\n      path\n      title\n    }\n  }\n": typeof types.RestorePageDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  mutation CreatePageFromTemplate($templateId: ID!, $siteId: ID, $path: String!, $title: String!) {\n    createPageFromTemplate(templateId: $templateId, siteId: $siteId, path: $path, title: $title) {\n      id\n      path\n      title\n    }\n  }\n": typeof types.CreatePageFromTemplateDocument,
    "\n  query StructureSite {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StructureSiteDocument,
    "\n  query StructureCanvas($pageId: ID!) {\n    draftPage(id: $pageId) {\n      id\n      canvas {\n        css\n        header\n        footer\n      }\n    }\n    designTokens {\n      ...ThemeTokenFields\n    }\n  }\n": typeof types.StructureCanvasDocument,
    "\n  fragment MenuItemFields on MenuItem {\n    label\n    href\n    link {\n      kind\n      pageId\n      slug\n    }\n  }\n": typeof types.MenuItemFieldsFragmentDoc,
    "\n  fragment MenuFields on Menu {\n    id\n    handle\n    version\n    updatedAt\n    items {\n      ...MenuItemFields\n      children {\n        ...MenuItemFields\n        children {\n          ...MenuItemFields\n        }\n      }\n    }\n  }\n": typeof types.MenuFieldsFragmentDoc,
    "\n  query SiteMenus($siteId: ID!) {\n    menus(siteId: $siteId, first: 100) {\n      edges {\n        node {\n          id\n          handle\n          version\n        }\n      }\n    }\n  }\n": typeof types.SiteMenusDocument,
    "\n  query SiteMenu($siteId: ID!, $handle: String!) {\n    menu(siteId: $siteId, handle: $handle) {\n      ...MenuFields\n    }\n  }\n": typeof types.SiteMenuDocument,
    "\n  mutation SaveMenu($siteId: ID!, $handle: String!, $items: [MenuItemInput!]!, $expectedVersion: Int) {\n    saveMenu(siteId: $siteId, handle: $handle, items: $items, expectedVersion: $expectedVersion) {\n      ...MenuFields\n    }\n  }\n": typeof types.SaveMenuDocument,
    "\n  fragment SiteLayoutFields on SiteLayout {\n    siteId\n    version\n    updatedAt\n    header {\n      content\n      isDefault\n    }\n    footer {\n      content\n      isDefault\n    }\n  }\n": typeof types.SiteLayoutFieldsFragmentDoc,
    "\n  query SiteLayout($siteId: ID!) {\n    siteLayout(siteId: $siteId) {\n      ...SiteLayoutFields\n    }\n  }\n": typeof types.SiteLayoutDocument,
    "\n  mutation SaveSiteLayout($siteId: ID!, $input: SiteLayoutInput!, $expectedVersion: Int) {\n    saveSiteLayout(siteId: $siteId, input: $input, expectedVersion: $expectedVersion) {\n      ...SiteLayoutFields\n    }\n  }\n": typeof types.SaveSiteLayoutDocument,
    "\n  mutation ResetSiteLayout($siteId: ID!, $expectedVersion: Int) {\n    resetSiteLayout(siteId: $siteId, expectedVersion: $expectedVersion) {\n      ...SiteLayoutFields\n    }\n  }\n": typeof types.ResetSiteLayoutDocument,
    "\n  fragment PageTypeTemplateFields on PageTypeTemplate {\n    siteId\n    pageType\n    tree\n    isDefault\n    version\n    updatedAt\n  }\n": typeof types.PageTypeTemplateFieldsFragmentDoc,
    "\n  query PageTypeTemplates($siteId: ID!) {\n    pageTypeTemplates(siteId: $siteId) {\n      ...PageTypeTemplateFields\n    }\n  }\n": typeof types.PageTypeTemplatesDocument,
    "\n  mutation SavePageTypeTemplate($input: SavePageTypeTemplateInput!) {\n    savePageTypeTemplate(input: $input) {\n      ...PageTypeTemplateFields\n    }\n  }\n": typeof types.SavePageTypeTemplateDocument,
    "\n  mutation ResetPageTypeTemplate($siteId: ID!, $pageType: PageType!, $expectedVersion: Int) {\n    resetPageTypeTemplate(siteId: $siteId, pageType: $pageType, expectedVersion: $expectedVersion) {\n      ...PageTypeTemplateFields\n    }\n  }\n": typeof types.ResetPageTypeTemplateDocument,
    "\n  mutation DeleteMenu($siteId: ID!, $handle: String!, $expectedVersion: Int) {\n    deleteMenu(siteId: $siteId, handle: $handle, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteMenuDocument,
    "\n  query Billing {\n    billing {\n      plan\n      planName\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      limits {\n        pages\n        products\n        storageBytes\n        apiRequestsPerMinute\n        members\n      }\n    }\n    plans {\n      id\n      name\n      purchasable\n      transactionFeeBps\n      price {\n        amount\n        currency\n        interval\n      }\n      limits {\n        pages\n        products\n        storageBytes\n        members\n      }\n    }\n  }\n": typeof types.BillingDocument,
    "\n  mutation StartCheckout($plan: String!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n": typeof types.StartCheckoutDocument,
    "\n  mutation ChangePlan($plan: String!) {\n    changePlan(plan: $plan) {\n      plan\n    }\n  }\n": typeof types.ChangePlanDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      plan\n    }\n  }\n": typeof types.CancelSubscriptionDocument,
    "\n  fragment DomainFields on Domain {\n    id\n    host\n    verified\n    txtRecordName\n    txtRecordValue\n    verifiedAt\n    createdAt\n  }\n": typeof types.DomainFieldsFragmentDoc,
    "\n  query Domains($first: Int, $after: String) {\n    domains(first: $first, after: $after) {\n      edges {\n        node {\n          ...DomainFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DomainsDocument,
    "\n  mutation AddDomain($host: String!) {\n    addDomain(host: $host) {\n      ...DomainFields\n    }\n  }\n": typeof types.AddDomainDocument,
    "\n  mutation VerifyDomain($host: String!) {\n    verifyDomain(host: $host) {\n      ...DomainFields\n    }\n  }\n": typeof types.VerifyDomainDocument,
    "\n  mutation RemoveDomain($host: String!) {\n    removeDomain(host: $host)\n  }\n": typeof types.RemoveDomainDocument,
    "\n  query StripeConnection {\n    stripeConnection {\n      accountId\n      chargesEnabled\n      payoutsEnabled\n      detailsSubmitted\n    }\n  }\n": typeof types.StripeConnectionDocument,
    "\n  mutation ConnectStripe {\n    connectStripe {\n      url\n    }\n  }\n": typeof types.ConnectStripeDocument,
    "\n  fragment AnalyticsSettingsFields on AnalyticsSettings {\n    clarityProjectId\n    clarityEnabled\n    consentMode\n    consentRegions\n    consentBanners {\n      region\n      title\n      body\n      acceptLabel\n      rejectLabel\n    }\n    firstPartyAnalytics\n    retentionDays\n    updatedAt\n  }\n": typeof types.AnalyticsSettingsFieldsFragmentDoc,
    "\n  fragment PrivacySettingsFields on PrivacySettings {\n    clarityProjectId\n    clarityEnabled\n    consentMode\n    consentRegions\n    consentBanners {\n      region\n      title\n      body\n      acceptLabel\n      rejectLabel\n    }\n    firstPartyAnalytics\n  }\n": typeof types.PrivacySettingsFieldsFragmentDoc,
    "\n  query AnalyticsSettings {\n    analyticsSettings {\n      ...AnalyticsSettingsFields\n    }\n    privacyDraft {\n      version\n      settings {\n        ...PrivacySettingsFields\n      }\n    }\n    privacyVersions(first: 20) {\n      edges {\n        node {\n          version\n          publishedAt\n          publishedBy\n          restoredFrom\n        }\n      }\n    }\n    regions {\n      code\n      consentRequired\n    }\n  }\n": typeof types.AnalyticsSettingsDocument,
    "\n  mutation UpdateAnalyticsSettings($input: UpdateAnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      ...AnalyticsSettingsFields\n    }\n  }\n": typeof types.UpdateAnalyticsSettingsDocument,
    "\n  mutation SavePrivacyDraft($input: PrivacyDraftInput!, $expectedVersion: Int) {\n    savePrivacyDraft(input: $input, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": typeof types.SavePrivacyDraftDocument,
    "\n  mutation DiscardPrivacyDraft($expectedVersion: Int) {\n    discardPrivacyDraft(expectedVersion: $expectedVersion)\n  }\n": typeof types.DiscardPrivacyDraftDocument,
    "\n  mutation PublishPrivacyDraft($expectedVersion: Int) {\n    publishPrivacyDraft(expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": typeof types.PublishPrivacyDraftDocument,
    "\n  mutation RollBackPrivacy($version: Int!, $expectedVersion: Int) {\n    rollBackPrivacy(version: $version, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": typeof types.RollBackPrivacyDocument,
    "\n  query PreviewPrivacy($region: String) {\n    analyticsPolicy(region: $region, draft: true) {\n      injectClarity\n      consentRequired\n      showBanner\n      banner {\n        title\n        body\n        acceptLabel\n        rejectLabel\n      }\n    }\n  }\n": typeof types.PreviewPrivacyDocument,
    "\n  query Regions {\n    regions {\n      code\n      locale\n      currency\n      pathPrefix\n      hosts\n      countries\n      consentRequired\n      isDefault\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  mutation UpsertRegion($input: RegionInput!) {\n    upsertRegion(input: $input) {\n      code\n    }\n  }\n": typeof types.UpsertRegionDocument,
    "\n  mutation DeleteRegion($code: String!) {\n    deleteRegion(code: $code)\n  }\n": typeof types.DeleteRegionDocument,
    "\n  mutation SetDefaultRegion($code: String!) {\n    setDefaultRegion(code: $code) {\n      code\n    }\n  }\n": typeof types.SetDefaultRegionDocument,
    "\n  query Team {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  query Invitations {\n    invitations(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          expiresAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      accessToken\n      expiresAt\n      refreshToken\n      tenant {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment TokenOverrideFields on TokenOverride {\n    scope\n    region\n    version\n    document\n  }\n": typeof types.TokenOverrideFieldsFragmentDoc,
    "\n  fragment DesignTokenFields on DesignToken {\n    path\n    type\n    value\n    cssVariable\n  }\n": typeof types.DesignTokenFieldsFragmentDoc,
    "\n  query Tokens {\n    tenantTokenOverrides {\n      ...TokenOverrideFields\n    }\n    designTokens {\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n  }\n": typeof types.TokensDocument,
    "\n  query TokensEditor($region: String) {\n    tenantTokenOverrides {\n      ...TokenOverrideFields\n    }\n    designTokens(region: $region) {\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n    regions {\n      code\n      isDefault\n    }\n  }\n": typeof types.TokensEditorDocument,
    "\n  query PreviewDesignTokens($document: JSON!, $region: String) {\n    previewDesignTokens(document: $document, region: $region) {\n      css\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n  }\n": typeof types.PreviewDesignTokensDocument,
    "\n  query FontAssets {\n    assets(first: 100, type: FONT) {\n      edges {\n        node {\n          id\n          filename\n          status\n          private\n        }\n      }\n    }\n  }\n": typeof types.FontAssetsDocument,
    "\n  query ThemeDraftState {\n    tokenDrafts {\n      scope\n      region\n      version\n      document\n    }\n    themeVersions(first: 20) {\n      edges {\n        node {\n          version\n          publishedAt\n          publishedBy\n          restoredFrom\n        }\n      }\n    }\n    sites(first: 20) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 50) {\n            edges {\n              node {\n                id\n                title\n                path\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThemeDraftStateDocument,
    "\n  mutation SaveTokenDraft($region: String, $document: JSON!, $expectedVersion: Int) {\n    saveTokenDraft(region: $region, document: $document, expectedVersion: $expectedVersion) {\n      scope\n      region\n      version\n      document\n    }\n  }\n": typeof types.SaveTokenDraftDocument,
    "\n  mutation DiscardTokenDraft($region: String, $expectedVersion: Int) {\n    discardTokenDraft(region: $region, expectedVersion: $expectedVersion)\n  }\n": typeof types.DiscardTokenDraftDocument,
    "\n  mutation PublishThemeDraft($expectedVersion: Int) {\n    publishThemeDraft(expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": typeof types.PublishThemeDraftDocument,
    "\n  mutation RollBackTheme($version: Int!, $expectedVersion: Int) {\n    rollBackTheme(version: $version, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": typeof types.RollBackThemeDocument,
    "\n  mutation CreateThemePreviewLink($pageId: ID!) {\n    createThemePreviewLink(pageId: $pageId) {\n      url\n    }\n  }\n": typeof types.CreateThemePreviewLinkDocument,
    "\n  query TranslationPages {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n    regions {\n      code\n      locale\n      isDefault\n    }\n  }\n": typeof types.TranslationPagesDocument,
    "\n  fragment PageTranslationFields on PageTranslation {\n    locale\n    title\n    seoTitle\n    seoDescription\n    tree\n    status\n    version\n    publishedAt\n    updatedAt\n  }\n": typeof types.PageTranslationFieldsFragmentDoc,
    "\n  query TranslationPage($id: ID!) {\n    draftPage(id: $id) {\n      id\n      title\n      seoTitle\n      seoDescription\n      tree\n      translations {\n        ...PageTranslationFields\n      }\n    }\n  }\n": typeof types.TranslationPageDocument,
    "\n  mutation SavePageTranslation($input: SavePageTranslationInput!) {\n    savePageTranslation(input: $input) {\n      ...PageTranslationFields\n    }\n  }\n": typeof types.SavePageTranslationDocument,
    "\n  mutation PublishPageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {\n    publishPageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $expectedVersion) {\n      ...PageTranslationFields\n    }\n  }\n": typeof types.PublishPageTranslationDocument,
    "\n  mutation DeletePageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {\n    deletePageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeletePageTranslationDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    createdAt\n    deliveries(first: 5) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          attempts\n          lastError\n          responseStatus\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation AddWebhookEndpoint($url: String!, $events: [WebhookEventType!]!) {\n    addWebhookEndpoint(url: $url, events: $events) {\n      signingSecret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.AddWebhookEndpointDocument,
    "\n  mutation RemoveWebhookEndpoint($id: ID!) {\n    removeWebhookEndpoint(id: $id)\n  }\n": typeof types.RemoveWebhookEndpointDocument,
    "\n  fragment StoreLocation on Location {\n    id\n    name\n    isDefault\n  }\n": typeof types.StoreLocationFragmentDoc,
    "\n  fragment StoreStockLevel on StockLevel {\n    location {\n      ...StoreLocation\n    }\n    onHand\n    reserved\n    available\n  }\n": typeof types.StoreStockLevelFragmentDoc,
    "\n  fragment StoreRegion on Region {\n    code\n    currency\n    isDefault\n  }\n": typeof types.StoreRegionFragmentDoc,
    "\n  fragment StoreMoney on Money {\n    amount\n    currency\n  }\n": typeof types.StoreMoneyFragmentDoc,
    "\n  query StoreProducts($first: Int, $after: String, $search: String, $status: ProductStatus) {\n    products(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          version\n          updatedAt\n          variants {\n            id\n            sku\n            inStock\n          }\n          priceRange {\n            min {\n              ...StoreMoney\n            }\n            max {\n              ...StoreMoney\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StoreProductsDocument,
    "\n  query StoreProduct($id: ID!) {\n    product(id: $id) {\n      id\n      title\n      slug\n      description\n      status\n      version\n      updatedAt\n      seo {\n        title\n        description\n      }\n      imageAssetIds\n      collections {\n        id\n      }\n      options {\n        name\n        values\n      }\n      variants {\n        id\n        sku\n        title\n        optionValues\n        weightGrams\n        prices {\n          currency\n          amount\n          compareAtAmount\n        }\n        stock {\n          ...StoreStockLevel\n        }\n      }\n    }\n    locations {\n      ...StoreLocation\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n": typeof types.StoreProductDocument,
    "\n  query StoreLocations {\n    locations {\n      ...StoreLocation\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n": typeof types.StoreLocationsDocument,
    "\n  mutation StoreCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.StoreCreateProductDocument,
    "\n  mutation StoreUpdateProduct($id: ID!, $expectedVersion: Int!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.StoreUpdateProductDocument,
    "\n  mutation StoreSetStock($input: SetStockInput!) {\n    setStock(input: $input) {\n      ...StoreStockLevel\n    }\n  }\n": typeof types.StoreSetStockDocument,
    "\n  query StoreCollections($first: Int, $after: String) {\n    collections(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          slug\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StoreCollectionsDocument,
    "\n  query StoreCollection($id: ID!, $after: String) {\n    collection(id: $id) {\n      id\n      title\n      slug\n      description\n      products(first: 100, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.StoreCollectionDocument,
    "\n  mutation StoreCreateCollection($input: CollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n": typeof types.StoreCreateCollectionDocument,
    "\n  mutation StoreUpdateCollection($id: ID!, $input: CollectionInput!) {\n    updateCollection(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.StoreUpdateCollectionDocument,
    "\n  mutation StoreDeleteCollection($id: ID!) {\n    deleteCollection(id: $id)\n  }\n": typeof types.StoreDeleteCollectionDocument,
    "\n  fragment StoreDiscount on DiscountCode {\n    id\n    code\n    kind\n    percentOff\n    amountOff {\n      ...StoreMoney\n    }\n    minSubtotal\n    usageLimit\n    used\n    startsAt\n    expiresAt\n    active\n  }\n": typeof types.StoreDiscountFragmentDoc,
    "\n  query StoreDiscounts($first: Int, $after: String) {\n    discountCodes(first: $first, after: $after) {\n      edges {\n        node {\n          ...StoreDiscount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n": typeof types.StoreDiscountsDocument,
    "\n  mutation StoreCreateDiscount($input: CreateDiscountCodeInput!) {\n    createDiscountCode(input: $input) {\n      ...StoreDiscount\n    }\n  }\n": typeof types.StoreCreateDiscountDocument,
    "\n  mutation StoreSetDiscountActive($id: ID!, $active: Boolean!) {\n    setDiscountCodeActive(id: $id, active: $active) {\n      ...StoreDiscount\n    }\n  }\n": typeof types.StoreSetDiscountActiveDocument,
    "\n  query StoreShippingAndTax {\n    regions {\n      ...StoreRegion\n      locale\n    }\n    taxSettings {\n      region\n      rateBps\n      inclusive\n    }\n    shippingRates {\n      id\n      region\n      name\n      price {\n        ...StoreMoney\n      }\n      freeOver {\n        ...StoreMoney\n      }\n    }\n  }\n": typeof types.StoreShippingAndTaxDocument,
    "\n  mutation StoreSetTax($input: TaxSettingInput!) {\n    setTaxSetting(input: $input) {\n      region\n      rateBps\n      inclusive\n    }\n  }\n": typeof types.StoreSetTaxDocument,
    "\n  mutation StoreCreateShippingRate($input: ShippingRateInput!) {\n    createShippingRate(input: $input) {\n      id\n    }\n  }\n": typeof types.StoreCreateShippingRateDocument,
    "\n  mutation StoreDeleteShippingRate($id: ID!) {\n    deleteShippingRate(id: $id)\n  }\n": typeof types.StoreDeleteShippingRateDocument,
    "\n  fragment StoreCatalogJob on CatalogJob {\n    id\n    kind\n    status\n    problems {\n      row\n      column\n      message\n    }\n    summary {\n      name\n      count\n    }\n    downloadUrl\n    createdAt\n    finishedAt\n  }\n": typeof types.StoreCatalogJobFragmentDoc,
    "\n  mutation StoreExportCatalog {\n    exportCatalog {\n      ...StoreCatalogJob\n    }\n  }\n": typeof types.StoreExportCatalogDocument,
    "\n  mutation StoreImportCatalog($csv: String!) {\n    importCatalog(csv: $csv) {\n      ...StoreCatalogJob\n    }\n  }\n": typeof types.StoreImportCatalogDocument,
    "\n  query StoreCatalogJob($id: ID!) {\n    catalogJob(id: $id) {\n      ...StoreCatalogJob\n    }\n  }\n": typeof types.StoreCatalogJobDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation SwitchTenant($tenantSlug: String!) {\n    switchTenant(tenantSlug: $tenantSlug) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": typeof types.SwitchTenantDocument,
    "\n  query Viewer {\n    me {\n      user {\n        id\n        email\n        name\n        emailVerified\n      }\n      tenant {\n        id\n        slug\n        name\n        plan\n      }\n      role\n      permissions\n      siteIds\n      memberships(first: 50) {\n        edges {\n          node {\n            id\n            role\n            tenant {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Account {\n    me {\n      totpEnabled\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation EnableTotp {\n    enableTotp {\n      secret\n      otpauthUri\n    }\n  }\n": types.EnableTotpDocument,
    "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      recoveryCodes\n    }\n  }\n": types.ConfirmTotpDocument,
    "\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(password: $password, code: $code)\n  }\n": types.DisableTotpDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": types.RequestEmailChangeDocument,
    "\n  query AnalyticsDashboard($range: AnalyticsRangeInput!) {\n    analyticsDashboard(range: $range) {\n      from\n      to\n      granularity\n      series {\n        bucket\n        pageViews\n        visitors\n        addToCart\n        checkouts\n        purchases\n        convertedVisitors\n      }\n      totals {\n        pageViews\n        visitors\n        addToCart\n        checkouts\n        purchases\n        convertedVisitors\n        conversionRate\n      }\n      topPages {\n        key\n        pageViews\n        visitors\n      }\n      referrers {\n        key\n        pageViews\n        visitors\n      }\n      sources {\n        key\n        pageViews\n        visitors\n      }\n      campaigns {\n        key\n        pageViews\n        visitors\n      }\n      devices {\n        key\n        pageViews\n        visitors\n      }\n      revenue {\n        day\n        currency\n        amountMinor\n        purchases\n      }\n    }\n  }\n": types.AnalyticsDashboardDocument,
    "\n  query AnalyticsLive {\n    analyticsLive {\n      since\n      pageViews\n      visitors\n      events\n    }\n  }\n": types.AnalyticsLiveDocument,
    "\n  mutation RequestAnalyticsExport($range: AnalyticsRangeInput!) {\n    requestAnalyticsExport(range: $range) {\n      id\n      status\n      from\n      to\n      granularity\n      createdAt\n      downloadUrl\n    }\n  }\n": types.RequestAnalyticsExportDocument,
    "\n  query AnalyticsExport($id: ID!) {\n    analyticsExport(id: $id) {\n      id\n      status\n      from\n      to\n      granularity\n      createdAt\n      downloadUrl\n    }\n  }\n": types.AnalyticsExportDocument,
    "\n  mutation DeleteAnalyticsData {\n    deleteAnalyticsData {\n      events\n      aggregates\n      exports\n    }\n  }\n": types.DeleteAnalyticsDataDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation CompleteSignUp($token: String!) {\n    completeSignUp(token: $token) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": types.CompleteSignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      mfaRequired\n      mfaTicket\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CompleteMfa($ticket: String!, $code: String!) {\n    completeMfa(ticket: $ticket, code: $code) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": types.CompleteMfaDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n": types.SignInProvidersDocument,
    "\n  mutation ExchangeSignInCode($code: String!) {\n    exchangeSignInCode(code: $code) {\n      accessToken\n      expiresAt\n      refreshToken\n      mfaRequired\n      mfaTicket\n    }\n  }\n": types.ExchangeSignInCodeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  fragment MediaAssetFields on Asset {\n    id\n    filename\n    contentType\n    size\n    kind\n    status\n    failureReason\n    private\n    alt\n    width\n    height\n    placeholderDataUrl\n    dominantColor\n    focalPoint {\n      x\n      y\n    }\n    url\n    variants(format: WEBP) {\n      width\n      height\n      format\n      crop\n      size\n      url\n    }\n    createdAt\n  }\n": types.MediaAssetFieldsFragmentDoc,
    "\n  query MediaAssets($first: Int, $after: String, $search: String, $type: AssetKind) {\n    assets(first: $first, after: $after, search: $search, type: $type) {\n      edges {\n        cursor\n        node {\n          ...MediaAssetFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MediaAssetsDocument,
    "\n  query MediaAsset($id: ID!) {\n    asset(id: $id) {\n      ...MediaAssetFields\n      allVariants: variants {\n        width\n        height\n        format\n        size\n        url\n      }\n      usages {\n        service\n        kind\n        id\n        label\n      }\n    }\n  }\n": types.MediaAssetDocument,
    "\n  mutation MediaCreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      asset {\n        id\n        status\n      }\n      uploadUrl\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n": types.MediaCreateUploadDocument,
    "\n  mutation MediaCompleteUpload($id: ID!) {\n    completeUpload(id: $id) {\n      id\n      status\n      failureReason\n    }\n  }\n": types.MediaCompleteUploadDocument,
    "\n  mutation MediaUpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      alt\n      focalPoint {\n        x\n        y\n      }\n    }\n  }\n": types.MediaUpdateAssetDocument,
    "\n  mutation MediaDeleteAsset($id: ID!, $force: Boolean) {\n    deleteAsset(id: $id, force: $force)\n  }\n": types.MediaDeleteAssetDocument,
    "\n  query Onboarding {\n    onboarding {\n      tenantId\n      starterSite {\n        status\n        siteId\n        homePageId\n        error\n      }\n      productAdded\n      paymentsConnected\n      themeCustomised\n      domainConnected\n      sitePublished\n      dismissedAt\n    }\n  }\n": types.OnboardingDocument,
    "\n  mutation BuildStarterSite($businessName: String!) {\n    buildStarterSite(businessName: $businessName) {\n      tenantId\n    }\n  }\n": types.BuildStarterSiteDocument,
    "\n  mutation DismissOnboardingChecklist {\n    dismissOnboardingChecklist {\n      tenantId\n      dismissedAt\n    }\n  }\n": types.DismissOnboardingChecklistDocument,
    "\n  query Orders($first: Int, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          number\n          displayNumber\n          status\n          disputed\n          customerEmail\n          total {\n            ...StoreMoney\n          }\n          refunded {\n            ...StoreMoney\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      disputed\n      customerEmail\n      lines {\n        variantId\n        sku\n        title\n        quantity\n        unitPrice {\n          ...StoreMoney\n        }\n        total {\n          ...StoreMoney\n        }\n      }\n      subtotal {\n        ...StoreMoney\n      }\n      discount {\n        ...StoreMoney\n      }\n      tax {\n        ...StoreMoney\n      }\n      shipping {\n        ...StoreMoney\n      }\n      total {\n        ...StoreMoney\n      }\n      refunded {\n        ...StoreMoney\n      }\n      shippingAddress {\n        name\n        line1\n        line2\n        postalCode\n        city\n        region\n        country\n        phone\n      }\n      tracking {\n        carrier\n        number\n        url\n      }\n      createdAt\n      paidAt\n      fulfilledAt\n      timeline {\n        id\n        kind\n        fromStatus\n        toStatus\n        amount {\n          ...StoreMoney\n        }\n        cause\n        at\n      }\n    }\n  }\n": types.OrderDetailDocument,
    "\n  mutation OrderFulfil($id: ID!, $input: FulfilOrderInput!) {\n    fulfilOrder(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.OrderFulfilDocument,
    "\n  mutation OrderCancel($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n      status\n    }\n  }\n": types.OrderCancelDocument,
    "\n  mutation OrderRefund($id: ID!, $input: RefundOrderInput) {\n    refundOrder(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.OrderRefundDocument,
    "\n  fragment EditorPageFields on Page {\n    id\n    path\n    title\n    status\n    tree\n    version\n    updatedAt\n    publishedAt\n    templateId\n    seoTitle\n    seoDescription\n    ogImageAssetId\n    site {\n      id\n      name\n    }\n  }\n": types.EditorPageFieldsFragmentDoc,
    "\n  fragment ThemeTokenFields on DesignTokens {\n    css\n    tokens {\n      path\n      type\n      cssVariable\n      description\n    }\n  }\n": types.ThemeTokenFieldsFragmentDoc,
    "\n  query DraftPage($id: ID!) {\n    draftPage(id: $id) {\n      ...EditorPageFields\n      canvas {\n        css\n        header\n        footer\n      }\n    }\n    designTokens {\n      ...ThemeTokenFields\n    }\n    templates {\n      id\n      previewTokens {\n        ...ThemeTokenFields\n      }\n    }\n  }\n": types.DraftPageDocument,
    "\n  query PermissionsOnSite($siteId: ID!) {\n    me {\n      permissionsOnSite(siteId: $siteId)\n    }\n  }\n": types.PermissionsOnSiteDocument,
    "\n  mutation SavePage($input: SavePageInput!) {\n    savePage(input: $input) {\n      id\n      version\n      updatedAt\n      status\n      tree\n      title\n      path\n      seoTitle\n      seoDescription\n      ogImageAssetId\n    }\n  }\n": types.SavePageDocument,
    "\n  mutation PublishPage($id: ID!, $expectedVersion: Int) {\n    publishPage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": types.PublishPageDocument,
    "\n  query PageVersions($id: ID!) {\n    draftPage(id: $id) {\n      id\n      scheduledAt\n      scheduleNote\n      versions(first: 20) {\n        edges {\n          node {\n            version\n            title\n            createdAt\n            createdBy\n          }\n        }\n      }\n    }\n  }\n": types.PageVersionsDocument,
    "\n  mutation RestorePageVersion($pageId: ID!, $version: Int!, $expectedVersion: Int) {\n    restorePageVersion(pageId: $pageId, version: $version, expectedVersion: $expectedVersion) {\n      ...EditorPageFields\n    }\n  }\n": types.RestorePageVersionDocument,
    "\n  mutation CreatePreviewLink($pageId: ID!) {\n    createPreviewLink(pageId: $pageId) {\n      url\n      expiresAt\n    }\n  }\n": types.CreatePreviewLinkDocument,
    "\n  mutation SchedulePublish($pageId: ID!, $at: String!, $expectedVersion: Int) {\n    schedulePublish(pageId: $pageId, at: $at, expectedVersion: $expectedVersion) {\n      id\n      version\n      scheduledAt\n    }\n  }\n": types.SchedulePublishDocument,
    "\n  mutation CancelScheduledPublish($pageId: ID!) {\n    cancelScheduledPublish(pageId: $pageId) {\n      id\n      scheduledAt\n    }\n  }\n": types.CancelScheduledPublishDocument,
    "\n  mutation UnpublishPage($id: ID!, $expectedVersion: Int) {\n    unpublishPage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": types.UnpublishPageDocument,
    "\n  mutation DeletePage($id: ID!, $expectedVersion: Int) {\n    deletePage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      title\n      deletedAt\n    }\n  }\n": types.DeletePageDocument,
    "\n  query SitePagePaths($id: ID!) {\n    draftPage(id: $id) {\n      id\n      site {\n        id\n        pages(first: 100) {\n          edges {\n            node {\n              id\n              path\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SitePagePathsDocument,
    "\n  fragment PickerProductFields on Product {\n    id\n    title\n    slug\n    status\n    imageAssetIds\n    priceRange {\n      min {\n        amount\n        currency\n      }\n    }\n  }\n": types.PickerProductFieldsFragmentDoc,
    "\n  query PickerProducts($first: Int, $after: String, $search: String) {\n    products(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...PickerProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PickerProductsDocument,
    "\n  query PickerProductsByIds($ids: [ID!]!) {\n    productsByIds(ids: $ids) {\n      ...PickerProductFields\n    }\n  }\n": types.PickerProductsByIdsDocument,
    "\n  query PickerCollections($first: Int, $after: String) {\n    collections(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PickerCollectionsDocument,
    "\n  query PickerPages {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PickerPagesDocument,
    "\n  query PickerAssetsByIds($ids: [ID!]!) {\n    assetsByIds(ids: $ids) {\n      id\n      filename\n      alt\n      width\n      height\n      status\n      variants(format: WEBP) {\n        width\n        crop\n        url\n      }\n    }\n  }\n": types.PickerAssetsByIdsDocument,
    "\n  query PickerCollectionProducts($slug: String!, $first: Int) {\n    collection(slug: $slug) {\n      id\n      products(first: $first) {\n        edges {\n          node {\n            ...PickerProductFields\n          }\n        }\n      }\n    }\n  }\n": types.PickerCollectionProductsDocument,
    "\n  query PickerMenus($siteId: ID!) {\n    menus(siteId: $siteId, first: 100) {\n      edges {\n        node {\n          id\n          handle\n        }\n      }\n    }\n  }\n": types.PickerMenusDocument,
    "\n  query Sites {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          primaryHost\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n                status\n                version\n                updatedAt\n                publishedAt\n              }\n            }\n          }\n        }\n      }\n    }\n    templates {\n      id\n      name\n      description\n    }\n    trashedPages(first: 100) {\n      edges {\n        node {\n          id\n          title\n          path\n          deletedAt\n          site {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SitesDocument,
    "\n  mutation RestorePage($id: ID!, $path: String) {\n    restorePage(id: $id, path: $path) {\n      id\n      path\n      title\n    }\n  }\n": types.RestorePageDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateSiteDocument,
    "\n  mutation CreatePageFromTemplate($templateId: ID!, $siteId: ID, $path: String!, $title: String!) {\n    createPageFromTemplate(templateId: $templateId, siteId: $siteId, path: $path, title: $title) {\n      id\n      path\n      title\n    }\n  }\n": types.CreatePageFromTemplateDocument,
    "\n  query StructureSite {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StructureSiteDocument,
    "\n  query StructureCanvas($pageId: ID!) {\n    draftPage(id: $pageId) {\n      id\n      canvas {\n        css\n        header\n        footer\n      }\n    }\n    designTokens {\n      ...ThemeTokenFields\n    }\n  }\n": types.StructureCanvasDocument,
    "\n  fragment MenuItemFields on MenuItem {\n    label\n    href\n    link {\n      kind\n      pageId\n      slug\n    }\n  }\n": types.MenuItemFieldsFragmentDoc,
    "\n  fragment MenuFields on Menu {\n    id\n    handle\n    version\n    updatedAt\n    items {\n      ...MenuItemFields\n      children {\n        ...MenuItemFields\n        children {\n          ...MenuItemFields\n        }\n      }\n    }\n  }\n": types.MenuFieldsFragmentDoc,
    "\n  query SiteMenus($siteId: ID!) {\n    menus(siteId: $siteId, first: 100) {\n      edges {\n        node {\n          id\n          handle\n          version\n        }\n      }\n    }\n  }\n": types.SiteMenusDocument,
    "\n  query SiteMenu($siteId: ID!, $handle: String!) {\n    menu(siteId: $siteId, handle: $handle) {\n      ...MenuFields\n    }\n  }\n": types.SiteMenuDocument,
    "\n  mutation SaveMenu($siteId: ID!, $handle: String!, $items: [MenuItemInput!]!, $expectedVersion: Int) {\n    saveMenu(siteId: $siteId, handle: $handle, items: $items, expectedVersion: $expectedVersion) {\n      ...MenuFields\n    }\n  }\n": types.SaveMenuDocument,
    "\n  fragment SiteLayoutFields on SiteLayout {\n    siteId\n    version\n    updatedAt\n    header {\n      content\n      isDefault\n    }\n    footer {\n      content\n      isDefault\n    }\n  }\n": types.SiteLayoutFieldsFragmentDoc,
    "\n  query SiteLayout($siteId: ID!) {\n    siteLayout(siteId: $siteId) {\n      ...SiteLayoutFields\n    }\n  }\n": types.SiteLayoutDocument,
    "\n  mutation SaveSiteLayout($siteId: ID!, $input: SiteLayoutInput!, $expectedVersion: Int) {\n    saveSiteLayout(siteId: $siteId, input: $input, expectedVersion: $expectedVersion) {\n      ...SiteLayoutFields\n    }\n  }\n": types.SaveSiteLayoutDocument,
    "\n  mutation ResetSiteLayout($siteId: ID!, $expectedVersion: Int) {\n    resetSiteLayout(siteId: $siteId, expectedVersion: $expectedVersion) {\n      ...SiteLayoutFields\n    }\n  }\n": types.ResetSiteLayoutDocument,
    "\n  fragment PageTypeTemplateFields on PageTypeTemplate {\n    siteId\n    pageType\n    tree\n    isDefault\n    version\n    updatedAt\n  }\n": types.PageTypeTemplateFieldsFragmentDoc,
    "\n  query PageTypeTemplates($siteId: ID!) {\n    pageTypeTemplates(siteId: $siteId) {\n      ...PageTypeTemplateFields\n    }\n  }\n": types.PageTypeTemplatesDocument,
    "\n  mutation SavePageTypeTemplate($input: SavePageTypeTemplateInput!) {\n    savePageTypeTemplate(input: $input) {\n      ...PageTypeTemplateFields\n    }\n  }\n": types.SavePageTypeTemplateDocument,
    "\n  mutation ResetPageTypeTemplate($siteId: ID!, $pageType: PageType!, $expectedVersion: Int) {\n    resetPageTypeTemplate(siteId: $siteId, pageType: $pageType, expectedVersion: $expectedVersion) {\n      ...PageTypeTemplateFields\n    }\n  }\n": types.ResetPageTypeTemplateDocument,
    "\n  mutation DeleteMenu($siteId: ID!, $handle: String!, $expectedVersion: Int) {\n    deleteMenu(siteId: $siteId, handle: $handle, expectedVersion: $expectedVersion)\n  }\n": types.DeleteMenuDocument,
    "\n  query Billing {\n    billing {\n      plan\n      planName\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      limits {\n        pages\n        products\n        storageBytes\n        apiRequestsPerMinute\n        members\n      }\n    }\n    plans {\n      id\n      name\n      purchasable\n      transactionFeeBps\n      price {\n        amount\n        currency\n        interval\n      }\n      limits {\n        pages\n        products\n        storageBytes\n        members\n      }\n    }\n  }\n": types.BillingDocument,
    "\n  mutation StartCheckout($plan: String!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n": types.StartCheckoutDocument,
    "\n  mutation ChangePlan($plan: String!) {\n    changePlan(plan: $plan) {\n      plan\n    }\n  }\n": types.ChangePlanDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      plan\n    }\n  }\n": types.CancelSubscriptionDocument,
    "\n  fragment DomainFields on Domain {\n    id\n    host\n    verified\n    txtRecordName\n    txtRecordValue\n    verifiedAt\n    createdAt\n  }\n": types.DomainFieldsFragmentDoc,
    "\n  query Domains($first: Int, $after: String) {\n    domains(first: $first, after: $after) {\n      edges {\n        node {\n          ...DomainFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DomainsDocument,
    "\n  mutation AddDomain($host: String!) {\n    addDomain(host: $host) {\n      ...DomainFields\n    }\n  }\n": types.AddDomainDocument,
    "\n  mutation VerifyDomain($host: String!) {\n    verifyDomain(host: $host) {\n      ...DomainFields\n    }\n  }\n": types.VerifyDomainDocument,
    "\n  mutation RemoveDomain($host: String!) {\n    removeDomain(host: $host)\n  }\n": types.RemoveDomainDocument,
    "\n  query StripeConnection {\n    stripeConnection {\n      accountId\n      chargesEnabled\n      payoutsEnabled\n      detailsSubmitted\n    }\n  }\n": types.StripeConnectionDocument,
    "\n  mutation ConnectStripe {\n    connectStripe {\n      url\n    }\n  }\n": types.ConnectStripeDocument,
    "\n  fragment AnalyticsSettingsFields on AnalyticsSettings {\n    clarityProjectId\n    clarityEnabled\n    consentMode\n    consentRegions\n    consentBanners {\n      region\n      title\n      body\n      acceptLabel\n      rejectLabel\n    }\n    firstPartyAnalytics\n    retentionDays\n    updatedAt\n  }\n": types.AnalyticsSettingsFieldsFragmentDoc,
    "\n  fragment PrivacySettingsFields on PrivacySettings {\n    clarityProjectId\n    clarityEnabled\n    consentMode\n    consentRegions\n    consentBanners {\n      region\n      title\n      body\n      acceptLabel\n      rejectLabel\n    }\n    firstPartyAnalytics\n  }\n": types.PrivacySettingsFieldsFragmentDoc,
    "\n  query AnalyticsSettings {\n    analyticsSettings {\n      ...AnalyticsSettingsFields\n    }\n    privacyDraft {\n      version\n      settings {\n        ...PrivacySettingsFields\n      }\n    }\n    privacyVersions(first: 20) {\n      edges {\n        node {\n          version\n          publishedAt\n          publishedBy\n          restoredFrom\n        }\n      }\n    }\n    regions {\n      code\n      consentRequired\n    }\n  }\n": types.AnalyticsSettingsDocument,
    "\n  mutation UpdateAnalyticsSettings($input: UpdateAnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      ...AnalyticsSettingsFields\n    }\n  }\n": types.UpdateAnalyticsSettingsDocument,
    "\n  mutation SavePrivacyDraft($input: PrivacyDraftInput!, $expectedVersion: Int) {\n    savePrivacyDraft(input: $input, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": types.SavePrivacyDraftDocument,
    "\n  mutation DiscardPrivacyDraft($expectedVersion: Int) {\n    discardPrivacyDraft(expectedVersion: $expectedVersion)\n  }\n": types.DiscardPrivacyDraftDocument,
    "\n  mutation PublishPrivacyDraft($expectedVersion: Int) {\n    publishPrivacyDraft(expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": types.PublishPrivacyDraftDocument,
    "\n  mutation RollBackPrivacy($version: Int!, $expectedVersion: Int) {\n    rollBackPrivacy(version: $version, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": types.RollBackPrivacyDocument,
    "\n  query PreviewPrivacy($region: String) {\n    analyticsPolicy(region: $region, draft: true) {\n      injectClarity\n      consentRequired\n      showBanner\n      banner {\n        title\n        body\n        acceptLabel\n        rejectLabel\n      }\n    }\n  }\n": types.PreviewPrivacyDocument,
    "\n  query Regions {\n    regions {\n      code\n      locale\n      currency\n      pathPrefix\n      hosts\n      countries\n      consentRequired\n      isDefault\n    }\n  }\n": types.RegionsDocument,
    "\n  mutation UpsertRegion($input: RegionInput!) {\n    upsertRegion(input: $input) {\n      code\n    }\n  }\n": types.UpsertRegionDocument,
    "\n  mutation DeleteRegion($code: String!) {\n    deleteRegion(code: $code)\n  }\n": types.DeleteRegionDocument,
    "\n  mutation SetDefaultRegion($code: String!) {\n    setDefaultRegion(code: $code) {\n      code\n    }\n  }\n": types.SetDefaultRegionDocument,
    "\n  query Team {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  query Invitations {\n    invitations(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          expiresAt\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          expiresAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      accessToken\n      expiresAt\n      refreshToken\n      tenant {\n        slug\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment TokenOverrideFields on TokenOverride {\n    scope\n    region\n    version\n    document\n  }\n": types.TokenOverrideFieldsFragmentDoc,
    "\n  fragment DesignTokenFields on DesignToken {\n    path\n    type\n    value\n    cssVariable\n  }\n": types.DesignTokenFieldsFragmentDoc,
    "\n  query Tokens {\n    tenantTokenOverrides {\n      ...TokenOverrideFields\n    }\n    designTokens {\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n  }\n": types.TokensDocument,
    "\n  query TokensEditor($region: String) {\n    tenantTokenOverrides {\n      ...TokenOverrideFields\n    }\n    designTokens(region: $region) {\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n    regions {\n      code\n      isDefault\n    }\n  }\n": types.TokensEditorDocument,
    "\n  query PreviewDesignTokens($document: JSON!, $region: String) {\n    previewDesignTokens(document: $document, region: $region) {\n      css\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n  }\n": types.PreviewDesignTokensDocument,
    "\n  query FontAssets {\n    assets(first: 100, type: FONT) {\n      edges {\n        node {\n          id\n          filename\n          status\n          private\n        }\n      }\n    }\n  }\n": types.FontAssetsDocument,
    "\n  query ThemeDraftState {\n    tokenDrafts {\n      scope\n      region\n      version\n      document\n    }\n    themeVersions(first: 20) {\n      edges {\n        node {\n          version\n          publishedAt\n          publishedBy\n          restoredFrom\n        }\n      }\n    }\n    sites(first: 20) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 50) {\n            edges {\n              node {\n                id\n                title\n                path\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThemeDraftStateDocument,
    "\n  mutation SaveTokenDraft($region: String, $document: JSON!, $expectedVersion: Int) {\n    saveTokenDraft(region: $region, document: $document, expectedVersion: $expectedVersion) {\n      scope\n      region\n      version\n      document\n    }\n  }\n": types.SaveTokenDraftDocument,
    "\n  mutation DiscardTokenDraft($region: String, $expectedVersion: Int) {\n    discardTokenDraft(region: $region, expectedVersion: $expectedVersion)\n  }\n": types.DiscardTokenDraftDocument,
    "\n  mutation PublishThemeDraft($expectedVersion: Int) {\n    publishThemeDraft(expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": types.PublishThemeDraftDocument,
    "\n  mutation RollBackTheme($version: Int!, $expectedVersion: Int) {\n    rollBackTheme(version: $version, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": types.RollBackThemeDocument,
    "\n  mutation CreateThemePreviewLink($pageId: ID!) {\n    createThemePreviewLink(pageId: $pageId) {\n      url\n    }\n  }\n": types.CreateThemePreviewLinkDocument,
    "\n  query TranslationPages {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n    regions {\n      code\n      locale\n      isDefault\n    }\n  }\n": types.TranslationPagesDocument,
    "\n  fragment PageTranslationFields on PageTranslation {\n    locale\n    title\n    seoTitle\n    seoDescription\n    tree\n    status\n    version\n    publishedAt\n    updatedAt\n  }\n": types.PageTranslationFieldsFragmentDoc,
    "\n  query TranslationPage($id: ID!) {\n    draftPage(id: $id) {\n      id\n      title\n      seoTitle\n      seoDescription\n      tree\n      translations {\n        ...PageTranslationFields\n      }\n    }\n  }\n": types.TranslationPageDocument,
    "\n  mutation SavePageTranslation($input: SavePageTranslationInput!) {\n    savePageTranslation(input: $input) {\n      ...PageTranslationFields\n    }\n  }\n": types.SavePageTranslationDocument,
    "\n  mutation PublishPageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {\n    publishPageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $expectedVersion) {\n      ...PageTranslationFields\n    }\n  }\n": types.PublishPageTranslationDocument,
    "\n  mutation DeletePageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {\n    deletePageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $expectedVersion)\n  }\n": types.DeletePageTranslationDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    createdAt\n    deliveries(first: 5) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          attempts\n          lastError\n          responseStatus\n          createdAt\n        }\n      }\n    }\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  mutation AddWebhookEndpoint($url: String!, $events: [WebhookEventType!]!) {\n    addWebhookEndpoint(url: $url, events: $events) {\n      signingSecret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.AddWebhookEndpointDocument,
    "\n  mutation RemoveWebhookEndpoint($id: ID!) {\n    removeWebhookEndpoint(id: $id)\n  }\n": types.RemoveWebhookEndpointDocument,
    "\n  fragment StoreLocation on Location {\n    id\n    name\n    isDefault\n  }\n": types.StoreLocationFragmentDoc,
    "\n  fragment StoreStockLevel on StockLevel {\n    location {\n      ...StoreLocation\n    }\n    onHand\n    reserved\n    available\n  }\n": types.StoreStockLevelFragmentDoc,
    "\n  fragment StoreRegion on Region {\n    code\n    currency\n    isDefault\n  }\n": types.StoreRegionFragmentDoc,
    "\n  fragment StoreMoney on Money {\n    amount\n    currency\n  }\n": types.StoreMoneyFragmentDoc,
    "\n  query StoreProducts($first: Int, $after: String, $search: String, $status: ProductStatus) {\n    products(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          version\n          updatedAt\n          variants {\n            id\n            sku\n            inStock\n          }\n          priceRange {\n            min {\n              ...StoreMoney\n            }\n            max {\n              ...StoreMoney\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StoreProductsDocument,
    "\n  query StoreProduct($id: ID!) {\n    product(id: $id) {\n      id\n      title\n      slug\n      description\n      status\n      version\n      updatedAt\n      seo {\n        title\n        description\n      }\n      imageAssetIds\n      collections {\n        id\n      }\n      options {\n        name\n        values\n      }\n      variants {\n        id\n        sku\n        title\n        optionValues\n        weightGrams\n        prices {\n          currency\n          amount\n          compareAtAmount\n        }\n        stock {\n          ...StoreStockLevel\n        }\n      }\n    }\n    locations {\n      ...StoreLocation\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n": types.StoreProductDocument,
    "\n  query StoreLocations {\n    locations {\n      ...StoreLocation\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n": types.StoreLocationsDocument,
    "\n  mutation StoreCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      version\n    }\n  }\n": types.StoreCreateProductDocument,
    "\n  mutation StoreUpdateProduct($id: ID!, $expectedVersion: Int!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": types.StoreUpdateProductDocument,
    "\n  mutation StoreSetStock($input: SetStockInput!) {\n    setStock(input: $input) {\n      ...StoreStockLevel\n    }\n  }\n": types.StoreSetStockDocument,
    "\n  query StoreCollections($first: Int, $after: String) {\n    collections(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          slug\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StoreCollectionsDocument,
    "\n  query StoreCollection($id: ID!, $after: String) {\n    collection(id: $id) {\n      id\n      title\n      slug\n      description\n      products(first: 100, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.StoreCollectionDocument,
    "\n  mutation StoreCreateCollection($input: CollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n": types.StoreCreateCollectionDocument,
    "\n  mutation StoreUpdateCollection($id: ID!, $input: CollectionInput!) {\n    updateCollection(id: $id, input: $input) {\n      id\n    }\n  }\n": types.StoreUpdateCollectionDocument,
    "\n  mutation StoreDeleteCollection($id: ID!) {\n    deleteCollection(id: $id)\n  }\n": types.StoreDeleteCollectionDocument,
    "\n  fragment StoreDiscount on DiscountCode {\n    id\n    code\n    kind\n    percentOff\n    amountOff {\n      ...StoreMoney\n    }\n    minSubtotal\n    usageLimit\n    used\n    startsAt\n    expiresAt\n    active\n  }\n": types.StoreDiscountFragmentDoc,
    "\n  query StoreDiscounts($first: Int, $after: String) {\n    discountCodes(first: $first, after: $after) {\n      edges {\n        node {\n          ...StoreDiscount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n": types.StoreDiscountsDocument,
    "\n  mutation StoreCreateDiscount($input: CreateDiscountCodeInput!) {\n    createDiscountCode(input: $input) {\n      ...StoreDiscount\n    }\n  }\n": types.StoreCreateDiscountDocument,
    "\n  mutation StoreSetDiscountActive($id: ID!, $active: Boolean!) {\n    setDiscountCodeActive(id: $id, active: $active) {\n      ...StoreDiscount\n    }\n  }\n": types.StoreSetDiscountActiveDocument,
    "\n  query StoreShippingAndTax {\n    regions {\n      ...StoreRegion\n      locale\n    }\n    taxSettings {\n      region\n      rateBps\n      inclusive\n    }\n    shippingRates {\n      id\n      region\n      name\n      price {\n        ...StoreMoney\n      }\n      freeOver {\n        ...StoreMoney\n      }\n    }\n  }\n": types.StoreShippingAndTaxDocument,
    "\n  mutation StoreSetTax($input: TaxSettingInput!) {\n    setTaxSetting(input: $input) {\n      region\n      rateBps\n      inclusive\n    }\n  }\n": types.StoreSetTaxDocument,
    "\n  mutation StoreCreateShippingRate($input: ShippingRateInput!) {\n    createShippingRate(input: $input) {\n      id\n    }\n  }\n": types.StoreCreateShippingRateDocument,
    "\n  mutation StoreDeleteShippingRate($id: ID!) {\n    deleteShippingRate(id: $id)\n  }\n": types.StoreDeleteShippingRateDocument,
    "\n  fragment StoreCatalogJob on CatalogJob {\n    id\n    kind\n    status\n    problems {\n      row\n      column\n      message\n    }\n    summary {\n      name\n      count\n    }\n    downloadUrl\n    createdAt\n    finishedAt\n  }\n": types.StoreCatalogJobFragmentDoc,
    "\n  mutation StoreExportCatalog {\n    exportCatalog {\n      ...StoreCatalogJob\n    }\n  }\n": types.StoreExportCatalogDocument,
    "\n  mutation StoreImportCatalog($csv: String!) {\n    importCatalog(csv: $csv) {\n      ...StoreCatalogJob\n    }\n  }\n": types.StoreImportCatalogDocument,
    "\n  query StoreCatalogJob($id: ID!) {\n    catalogJob(id: $id) {\n      ...StoreCatalogJob\n    }\n  }\n": types.StoreCatalogJobDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation SwitchTenant($tenantSlug: String!) {\n    switchTenant(tenantSlug: $tenantSlug) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": types.SwitchTenantDocument,
    "\n  query Viewer {\n    me {\n      user {\n        id\n        email\n        name\n        emailVerified\n      }\n      tenant {\n        id\n        slug\n        name\n        plan\n      }\n      role\n      permissions\n      siteIds\n      memberships(first: 50) {\n        edges {\n          node {\n            id\n            role\n            tenant {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      totpEnabled\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableTotp {\n    enableTotp {\n      secret\n      otpauthUri\n    }\n  }\n"): typeof import('./graphql').EnableTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code) {\n      recoveryCodes\n    }\n  }\n"): typeof import('./graphql').ConfirmTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(password: $password, code: $code)\n  }\n"): typeof import('./graphql').DisableTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsDashboard($range: AnalyticsRangeInput!) {\n    analyticsDashboard(range: $range) {\n      from\n      to\n      granularity\n      series {\n        bucket\n        pageViews\n        visitors\n        addToCart\n        checkouts\n        purchases\n        convertedVisitors\n      }\n      totals {\n        pageViews\n        visitors\n        addToCart\n        checkouts\n        purchases\n        convertedVisitors\n        conversionRate\n      }\n      topPages {\n        key\n        pageViews\n        visitors\n      }\n      referrers {\n        key\n        pageViews\n        visitors\n      }\n      sources {\n        key\n        pageViews\n        visitors\n      }\n      campaigns {\n        key\n        pageViews\n        visitors\n      }\n      devices {\n        key\n        pageViews\n        visitors\n      }\n      revenue {\n        day\n        currency\n        amountMinor\n        purchases\n      }\n    }\n  }\n"): typeof import('./graphql').AnalyticsDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsLive {\n    analyticsLive {\n      since\n      pageViews\n      visitors\n      events\n    }\n  }\n"): typeof import('./graphql').AnalyticsLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAnalyticsExport($range: AnalyticsRangeInput!) {\n    requestAnalyticsExport(range: $range) {\n      id\n      status\n      from\n      to\n      granularity\n      createdAt\n      downloadUrl\n    }\n  }\n"): typeof import('./graphql').RequestAnalyticsExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsExport($id: ID!) {\n    analyticsExport(id: $id) {\n      id\n      status\n      from\n      to\n      granularity\n      createdAt\n      downloadUrl\n    }\n  }\n"): typeof import('./graphql').AnalyticsExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnalyticsData {\n    deleteAnalyticsData {\n      events\n      aggregates\n      exports\n    }\n  }\n"): typeof import('./graphql').DeleteAnalyticsDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: RegisterInput!) {\n    signUp(input: $input)\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignUp($token: String!) {\n    completeSignUp(token: $token) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').CompleteSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      mfaRequired\n      mfaTicket\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMfa($ticket: String!, $code: String!) {\n    completeMfa(ticket: $ticket, code: $code) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').CompleteMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n"): typeof import('./graphql').SignInProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExchangeSignInCode($code: String!) {\n    exchangeSignInCode(code: $code) {\n      accessToken\n      expiresAt\n      refreshToken\n      mfaRequired\n      mfaTicket\n    }\n  }\n"): typeof import('./graphql').ExchangeSignInCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MediaAssetFields on Asset {\n    id\n    filename\n    contentType\n    size\n    kind\n    status\n    failureReason\n    private\n    alt\n    width\n    height\n    placeholderDataUrl\n    dominantColor\n    focalPoint {\n      x\n      y\n    }\n    url\n    variants(format: WEBP) {\n      width\n      height\n      format\n      crop\n      size\n      url\n    }\n    createdAt\n  }\n"): typeof import('./graphql').MediaAssetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaAssets($first: Int, $after: String, $search: String, $type: AssetKind) {\n    assets(first: $first, after: $after, search: $search, type: $type) {\n      edges {\n        cursor\n        node {\n          ...MediaAssetFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MediaAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaAsset($id: ID!) {\n    asset(id: $id) {\n      ...MediaAssetFields\n      allVariants: variants {\n        width\n        height\n        format\n        size\n        url\n      }\n      usages {\n        service\n        kind\n        id\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').MediaAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaCreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      asset {\n        id\n        status\n      }\n      uploadUrl\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MediaCreateUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaCompleteUpload($id: ID!) {\n    completeUpload(id: $id) {\n      id\n      status\n      failureReason\n    }\n  }\n"): typeof import('./graphql').MediaCompleteUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaUpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      alt\n      focalPoint {\n        x\n        y\n      }\n    }\n  }\n"): typeof import('./graphql').MediaUpdateAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaDeleteAsset($id: ID!, $force: Boolean) {\n    deleteAsset(id: $id, force: $force)\n  }\n"): typeof import('./graphql').MediaDeleteAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Onboarding {\n    onboarding {\n      tenantId\n      starterSite {\n        status\n        siteId\n        homePageId\n        error\n      }\n      productAdded\n      paymentsConnected\n      themeCustomised\n      domainConnected\n      sitePublished\n      dismissedAt\n    }\n  }\n"): typeof import('./graphql').OnboardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildStarterSite($businessName: String!) {\n    buildStarterSite(businessName: $businessName) {\n      tenantId\n    }\n  }\n"): typeof import('./graphql').BuildStarterSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissOnboardingChecklist {\n    dismissOnboardingChecklist {\n      tenantId\n      dismissedAt\n    }\n  }\n"): typeof import('./graphql').DismissOnboardingChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($first: Int, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          number\n          displayNumber\n          status\n          disputed\n          customerEmail\n          total {\n            ...StoreMoney\n          }\n          refunded {\n            ...StoreMoney\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      disputed\n      customerEmail\n      lines {\n        variantId\n        sku\n        title\n        quantity\n        unitPrice {\n          ...StoreMoney\n        }\n        total {\n          ...StoreMoney\n        }\n      }\n      subtotal {\n        ...StoreMoney\n      }\n      discount {\n        ...StoreMoney\n      }\n      tax {\n        ...StoreMoney\n      }\n      shipping {\n        ...StoreMoney\n      }\n      total {\n        ...StoreMoney\n      }\n      refunded {\n        ...StoreMoney\n      }\n      shippingAddress {\n        name\n        line1\n        line2\n        postalCode\n        city\n        region\n        country\n        phone\n      }\n      tracking {\n        carrier\n        number\n        url\n      }\n      createdAt\n      paidAt\n      fulfilledAt\n      timeline {\n        id\n        kind\n        fromStatus\n        toStatus\n        amount {\n          ...StoreMoney\n        }\n        cause\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').OrderDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderFulfil($id: ID!, $input: FulfilOrderInput!) {\n    fulfilOrder(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OrderFulfilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderCancel($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OrderCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderRefund($id: ID!, $input: RefundOrderInput) {\n    refundOrder(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OrderRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorPageFields on Page {\n    id\n    path\n    title\n    status\n    tree\n    version\n    updatedAt\n    publishedAt\n    templateId\n    seoTitle\n    seoDescription\n    ogImageAssetId\n    site {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').EditorPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeTokenFields on DesignTokens {\n    css\n    tokens {\n      path\n      type\n      cssVariable\n      description\n    }\n  }\n"): typeof import('./graphql').ThemeTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPage($id: ID!) {\n    draftPage(id: $id) {\n      ...EditorPageFields\n      canvas {\n        css\n        header\n        footer\n      }\n    }\n    designTokens {\n      ...ThemeTokenFields\n    }\n    templates {\n      id\n      previewTokens {\n        ...ThemeTokenFields\n      }\n    }\n  }\n"): typeof import('./graphql').DraftPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsOnSite($siteId: ID!) {\n    me {\n      permissionsOnSite(siteId: $siteId)\n    }\n  }\n"): typeof import('./graphql').PermissionsOnSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePage($input: SavePageInput!) {\n    savePage(input: $input) {\n      id\n      version\n      updatedAt\n      status\n      tree\n      title\n      path\n      seoTitle\n      seoDescription\n      ogImageAssetId\n    }\n  }\n"): typeof import('./graphql').SavePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPage($id: ID!, $expectedVersion: Int) {\n    publishPage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PublishPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageVersions($id: ID!) {\n    draftPage(id: $id) {\n      id\n      scheduledAt\n      scheduleNote\n      versions(first: 20) {\n        edges {\n          node {\n            version\n            title\n            createdAt\n            createdBy\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PageVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePageVersion($pageId: ID!, $version: Int!, $expectedVersion: Int) {\n    restorePageVersion(pageId: $pageId, version: $version, expectedVersion: $expectedVersion) {\n      ...EditorPageFields\n    }\n  }\n"): typeof import('./graphql').RestorePageVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePreviewLink($pageId: ID!) {\n    createPreviewLink(pageId: $pageId) {\n      url\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').CreatePreviewLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePublish($pageId: ID!, $at: String!, $expectedVersion: Int) {\n    schedulePublish(pageId: $pageId, at: $at, expectedVersion: $expectedVersion) {\n      id\n      version\n      scheduledAt\n    }\n  }\n"): typeof import('./graphql').SchedulePublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelScheduledPublish($pageId: ID!) {\n    cancelScheduledPublish(pageId: $pageId) {\n      id\n      scheduledAt\n    }\n  }\n"): typeof import('./graphql').CancelScheduledPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishPage($id: ID!, $expectedVersion: Int) {\n    unpublishPage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').UnpublishPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePage($id: ID!, $expectedVersion: Int) {\n    deletePage(id: $id, expectedVersion: $expectedVersion) {\n      id\n      title\n      deletedAt\n    }\n  }\n"): typeof import('./graphql').DeletePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitePagePaths($id: ID!) {\n    draftPage(id: $id) {\n      id\n      site {\n        id\n        pages(first: 100) {\n          edges {\n            node {\n              id\n              path\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitePagePathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PickerProductFields on Product {\n    id\n    title\n    slug\n    status\n    imageAssetIds\n    priceRange {\n      min {\n        amount\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').PickerProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerProducts($first: Int, $after: String, $search: String) {\n    products(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...PickerProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PickerProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerProductsByIds($ids: [ID!]!) {\n    productsByIds(ids: $ids) {\n      ...PickerProductFields\n    }\n  }\n"): typeof import('./graphql').PickerProductsByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerCollections($first: Int, $after: String) {\n    collections(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PickerCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerPages {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PickerPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerAssetsByIds($ids: [ID!]!) {\n    assetsByIds(ids: $ids) {\n      id\n      filename\n      alt\n      width\n      height\n      status\n      variants(format: WEBP) {\n        width\n        crop\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').PickerAssetsByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerCollectionProducts($slug: String!, $first: Int) {\n    collection(slug: $slug) {\n      id\n      products(first: $first) {\n        edges {\n          node {\n            ...PickerProductFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PickerCollectionProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerMenus($siteId: ID!) {\n    menus(siteId: $siteId, first: 100) {\n      edges {\n        node {\n          id\n          handle\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PickerMenusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sites {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          primaryHost\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n                status\n                version\n                updatedAt\n                publishedAt\n              }\n            }\n          }\n        }\n      }\n    }\n    templates {\n      id\n      name\n      description\n    }\n    trashedPages(first: 100) {\n      edges {\n        node {\n          id\n          title\n          path\n          deletedAt\n          site {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePage($id: ID!, $path: String) {\n    restorePage(id: $id, path: $path) {\n      id\n      path\n      title\n    }\n  }\n"): typeof import('./graphql').RestorePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePageFromTemplate($templateId: ID!, $siteId: ID, $path: String!, $title: String!) {\n    createPageFromTemplate(templateId: $templateId, siteId: $siteId, path: $path, title: $title) {\n      id\n      path\n      title\n    }\n  }\n"): typeof import('./graphql').CreatePageFromTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureSite {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StructureSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureCanvas($pageId: ID!) {\n    draftPage(id: $pageId) {\n      id\n      canvas {\n        css\n        header\n        footer\n      }\n    }\n    designTokens {\n      ...ThemeTokenFields\n    }\n  }\n"): typeof import('./graphql').StructureCanvasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MenuItemFields on MenuItem {\n    label\n    href\n    link {\n      kind\n      pageId\n      slug\n    }\n  }\n"): typeof import('./graphql').MenuItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MenuFields on Menu {\n    id\n    handle\n    version\n    updatedAt\n    items {\n      ...MenuItemFields\n      children {\n        ...MenuItemFields\n        children {\n          ...MenuItemFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MenuFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteMenus($siteId: ID!) {\n    menus(siteId: $siteId, first: 100) {\n      edges {\n        node {\n          id\n          handle\n          version\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SiteMenusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteMenu($siteId: ID!, $handle: String!) {\n    menu(siteId: $siteId, handle: $handle) {\n      ...MenuFields\n    }\n  }\n"): typeof import('./graphql').SiteMenuDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMenu($siteId: ID!, $handle: String!, $items: [MenuItemInput!]!, $expectedVersion: Int) {\n    saveMenu(siteId: $siteId, handle: $handle, items: $items, expectedVersion: $expectedVersion) {\n      ...MenuFields\n    }\n  }\n"): typeof import('./graphql').SaveMenuDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteLayoutFields on SiteLayout {\n    siteId\n    version\n    updatedAt\n    header {\n      content\n      isDefault\n    }\n    footer {\n      content\n      isDefault\n    }\n  }\n"): typeof import('./graphql').SiteLayoutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteLayout($siteId: ID!) {\n    siteLayout(siteId: $siteId) {\n      ...SiteLayoutFields\n    }\n  }\n"): typeof import('./graphql').SiteLayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSiteLayout($siteId: ID!, $input: SiteLayoutInput!, $expectedVersion: Int) {\n    saveSiteLayout(siteId: $siteId, input: $input, expectedVersion: $expectedVersion) {\n      ...SiteLayoutFields\n    }\n  }\n"): typeof import('./graphql').SaveSiteLayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSiteLayout($siteId: ID!, $expectedVersion: Int) {\n    resetSiteLayout(siteId: $siteId, expectedVersion: $expectedVersion) {\n      ...SiteLayoutFields\n    }\n  }\n"): typeof import('./graphql').ResetSiteLayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageTypeTemplateFields on PageTypeTemplate {\n    siteId\n    pageType\n    tree\n    isDefault\n    version\n    updatedAt\n  }\n"): typeof import('./graphql').PageTypeTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageTypeTemplates($siteId: ID!) {\n    pageTypeTemplates(siteId: $siteId) {\n      ...PageTypeTemplateFields\n    }\n  }\n"): typeof import('./graphql').PageTypeTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePageTypeTemplate($input: SavePageTypeTemplateInput!) {\n    savePageTypeTemplate(input: $input) {\n      ...PageTypeTemplateFields\n    }\n  }\n"): typeof import('./graphql').SavePageTypeTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPageTypeTemplate($siteId: ID!, $pageType: PageType!, $expectedVersion: Int) {\n    resetPageTypeTemplate(siteId: $siteId, pageType: $pageType, expectedVersion: $expectedVersion) {\n      ...PageTypeTemplateFields\n    }\n  }\n"): typeof import('./graphql').ResetPageTypeTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMenu($siteId: ID!, $handle: String!, $expectedVersion: Int) {\n    deleteMenu(siteId: $siteId, handle: $handle, expectedVersion: $expectedVersion)\n  }\n"): typeof import('./graphql').DeleteMenuDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Billing {\n    billing {\n      plan\n      planName\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      limits {\n        pages\n        products\n        storageBytes\n        apiRequestsPerMinute\n        members\n      }\n    }\n    plans {\n      id\n      name\n      purchasable\n      transactionFeeBps\n      price {\n        amount\n        currency\n        interval\n      }\n      limits {\n        pages\n        products\n        storageBytes\n        members\n      }\n    }\n  }\n"): typeof import('./graphql').BillingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCheckout($plan: String!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n"): typeof import('./graphql').StartCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlan($plan: String!) {\n    changePlan(plan: $plan) {\n      plan\n    }\n  }\n"): typeof import('./graphql').ChangePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSubscription {\n    cancelSubscription {\n      plan\n    }\n  }\n"): typeof import('./graphql').CancelSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainFields on Domain {\n    id\n    host\n    verified\n    txtRecordName\n    txtRecordValue\n    verifiedAt\n    createdAt\n  }\n"): typeof import('./graphql').DomainFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domains($first: Int, $after: String) {\n    domains(first: $first, after: $after) {\n      edges {\n        node {\n          ...DomainFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DomainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDomain($host: String!) {\n    addDomain(host: $host) {\n      ...DomainFields\n    }\n  }\n"): typeof import('./graphql').AddDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyDomain($host: String!) {\n    verifyDomain(host: $host) {\n      ...DomainFields\n    }\n  }\n"): typeof import('./graphql').VerifyDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDomain($host: String!) {\n    removeDomain(host: $host)\n  }\n"): typeof import('./graphql').RemoveDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StripeConnection {\n    stripeConnection {\n      accountId\n      chargesEnabled\n      payoutsEnabled\n      detailsSubmitted\n    }\n  }\n"): typeof import('./graphql').StripeConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectStripe {\n    connectStripe {\n      url\n    }\n  }\n"): typeof import('./graphql').ConnectStripeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalyticsSettingsFields on AnalyticsSettings {\n    clarityProjectId\n    clarityEnabled\n    consentMode\n    consentRegions\n    consentBanners {\n      region\n      title\n      body\n      acceptLabel\n      rejectLabel\n    }\n    firstPartyAnalytics\n    retentionDays\n    updatedAt\n  }\n"): typeof import('./graphql').AnalyticsSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrivacySettingsFields on PrivacySettings {\n    clarityProjectId\n    clarityEnabled\n    consentMode\n    consentRegions\n    consentBanners {\n      region\n      title\n      body\n      acceptLabel\n      rejectLabel\n    }\n    firstPartyAnalytics\n  }\n"): typeof import('./graphql').PrivacySettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsSettings {\n    analyticsSettings {\n      ...AnalyticsSettingsFields\n    }\n    privacyDraft {\n      version\n      settings {\n        ...PrivacySettingsFields\n      }\n    }\n    privacyVersions(first: 20) {\n      edges {\n        node {\n          version\n          publishedAt\n          publishedBy\n          restoredFrom\n        }\n      }\n    }\n    regions {\n      code\n      consentRequired\n    }\n  }\n"): typeof import('./graphql').AnalyticsSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnalyticsSettings($input: UpdateAnalyticsSettingsInput!) {\n    updateAnalyticsSettings(input: $input) {\n      ...AnalyticsSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateAnalyticsSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePrivacyDraft($input: PrivacyDraftInput!, $expectedVersion: Int) {\n    savePrivacyDraft(input: $input, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"): typeof import('./graphql').SavePrivacyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardPrivacyDraft($expectedVersion: Int) {\n    discardPrivacyDraft(expectedVersion: $expectedVersion)\n  }\n"): typeof import('./graphql').DiscardPrivacyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPrivacyDraft($expectedVersion: Int) {\n    publishPrivacyDraft(expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"): typeof import('./graphql').PublishPrivacyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollBackPrivacy($version: Int!, $expectedVersion: Int) {\n    rollBackPrivacy(version: $version, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"): typeof import('./graphql').RollBackPrivacyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPrivacy($region: String) {\n    analyticsPolicy(region: $region, draft: true) {\n      injectClarity\n      consentRequired\n      showBanner\n      banner {\n        title\n        body\n        acceptLabel\n        rejectLabel\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewPrivacyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      code\n      locale\n      currency\n      pathPrefix\n      hosts\n      countries\n      consentRequired\n      isDefault\n    }\n  }\n"): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertRegion($input: RegionInput!) {\n    upsertRegion(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').UpsertRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRegion($code: String!) {\n    deleteRegion(code: $code)\n  }\n"): typeof import('./graphql').DeleteRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultRegion($code: String!) {\n    setDefaultRegion(code: $code) {\n      code\n    }\n  }\n"): typeof import('./graphql').SetDefaultRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          expiresAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').ChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          expiresAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      accessToken\n      expiresAt\n      refreshToken\n      tenant {\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TokenOverrideFields on TokenOverride {\n    scope\n    region\n    version\n    document\n  }\n"): typeof import('./graphql').TokenOverrideFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DesignTokenFields on DesignToken {\n    path\n    type\n    value\n    cssVariable\n  }\n"): typeof import('./graphql').DesignTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tokens {\n    tenantTokenOverrides {\n      ...TokenOverrideFields\n    }\n    designTokens {\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n  }\n"): typeof import('./graphql').TokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensEditor($region: String) {\n    tenantTokenOverrides {\n      ...TokenOverrideFields\n    }\n    designTokens(region: $region) {\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n    regions {\n      code\n      isDefault\n    }\n  }\n"): typeof import('./graphql').TokensEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewDesignTokens($document: JSON!, $region: String) {\n    previewDesignTokens(document: $document, region: $region) {\n      css\n      tokens {\n        ...DesignTokenFields\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewDesignTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FontAssets {\n    assets(first: 100, type: FONT) {\n      edges {\n        node {\n          id\n          filename\n          status\n          private\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FontAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeDraftState {\n    tokenDrafts {\n      scope\n      region\n      version\n      document\n    }\n    themeVersions(first: 20) {\n      edges {\n        node {\n          version\n          publishedAt\n          publishedBy\n          restoredFrom\n        }\n      }\n    }\n    sites(first: 20) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 50) {\n            edges {\n              node {\n                id\n                title\n                path\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThemeDraftStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTokenDraft($region: String, $document: JSON!, $expectedVersion: Int) {\n    saveTokenDraft(region: $region, document: $document, expectedVersion: $expectedVersion) {\n      scope\n      region\n      version\n      document\n    }\n  }\n"): typeof import('./graphql').SaveTokenDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardTokenDraft($region: String, $expectedVersion: Int) {\n    discardTokenDraft(region: $region, expectedVersion: $expectedVersion)\n  }\n"): typeof import('./graphql').DiscardTokenDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishThemeDraft($expectedVersion: Int) {\n    publishThemeDraft(expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"): typeof import('./graphql').PublishThemeDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollBackTheme($version: Int!, $expectedVersion: Int) {\n    rollBackTheme(version: $version, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"): typeof import('./graphql').RollBackThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThemePreviewLink($pageId: ID!) {\n    createThemePreviewLink(pageId: $pageId) {\n      url\n    }\n  }\n"): typeof import('./graphql').CreateThemePreviewLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationPages {\n    sites(first: 50) {\n      edges {\n        node {\n          id\n          name\n          pages(first: 100) {\n            edges {\n              node {\n                id\n                path\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n    regions {\n      code\n      locale\n      isDefault\n    }\n  }\n"): typeof import('./graphql').TranslationPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageTranslationFields on PageTranslation {\n    locale\n    title\n    seoTitle\n    seoDescription\n    tree\n    status\n    version\n    publishedAt\n    updatedAt\n  }\n"): typeof import('./graphql').PageTranslationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationPage($id: ID!) {\n    draftPage(id: $id) {\n      id\n      title\n      seoTitle\n      seoDescription\n      tree\n      translations {\n        ...PageTranslationFields\n      }\n    }\n  }\n"): typeof import('./graphql').TranslationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePageTranslation($input: SavePageTranslationInput!) {\n    savePageTranslation(input: $input) {\n      ...PageTranslationFields\n    }\n  }\n"): typeof import('./graphql').SavePageTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {\n    publishPageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $expectedVersion) {\n      ...PageTranslationFields\n    }\n  }\n"): typeof import('./graphql').PublishPageTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {\n    deletePageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $expectedVersion)\n  }\n"): typeof import('./graphql').DeletePageTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    createdAt\n    deliveries(first: 5) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          attempts\n          lastError\n          responseStatus\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWebhookEndpoint($url: String!, $events: [WebhookEventType!]!) {\n    addWebhookEndpoint(url: $url, events: $events) {\n      signingSecret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): typeof import('./graphql').AddWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWebhookEndpoint($id: ID!) {\n    removeWebhookEndpoint(id: $id)\n  }\n"): typeof import('./graphql').RemoveWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoreLocation on Location {\n    id\n    name\n    isDefault\n  }\n"): typeof import('./graphql').StoreLocationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoreStockLevel on StockLevel {\n    location {\n      ...StoreLocation\n    }\n    onHand\n    reserved\n    available\n  }\n"): typeof import('./graphql').StoreStockLevelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoreRegion on Region {\n    code\n    currency\n    isDefault\n  }\n"): typeof import('./graphql').StoreRegionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoreMoney on Money {\n    amount\n    currency\n  }\n"): typeof import('./graphql').StoreMoneyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreProducts($first: Int, $after: String, $search: String, $status: ProductStatus) {\n    products(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          version\n          updatedAt\n          variants {\n            id\n            sku\n            inStock\n          }\n          priceRange {\n            min {\n              ...StoreMoney\n            }\n            max {\n              ...StoreMoney\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').StoreProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreProduct($id: ID!) {\n    product(id: $id) {\n      id\n      title\n      slug\n      description\n      status\n      version\n      updatedAt\n      seo {\n        title\n        description\n      }\n      imageAssetIds\n      collections {\n        id\n      }\n      options {\n        name\n        values\n      }\n      variants {\n        id\n        sku\n        title\n        optionValues\n        weightGrams\n        prices {\n          currency\n          amount\n          compareAtAmount\n        }\n        stock {\n          ...StoreStockLevel\n        }\n      }\n    }\n    locations {\n      ...StoreLocation\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n"): typeof import('./graphql').StoreProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreLocations {\n    locations {\n      ...StoreLocation\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n"): typeof import('./graphql').StoreLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StoreCreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreUpdateProduct($id: ID!, $expectedVersion: Int!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StoreUpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreSetStock($input: SetStockInput!) {\n    setStock(input: $input) {\n      ...StoreStockLevel\n    }\n  }\n"): typeof import('./graphql').StoreSetStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreCollections($first: Int, $after: String) {\n    collections(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          slug\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').StoreCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreCollection($id: ID!, $after: String) {\n    collection(id: $id) {\n      id\n      title\n      slug\n      description\n      products(first: 100, after: $after) {\n        edges {\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StoreCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreCreateCollection($input: CollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StoreCreateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreUpdateCollection($id: ID!, $input: CollectionInput!) {\n    updateCollection(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StoreUpdateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreDeleteCollection($id: ID!) {\n    deleteCollection(id: $id)\n  }\n"): typeof import('./graphql').StoreDeleteCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoreDiscount on DiscountCode {\n    id\n    code\n    kind\n    percentOff\n    amountOff {\n      ...StoreMoney\n    }\n    minSubtotal\n    usageLimit\n    used\n    startsAt\n    expiresAt\n    active\n  }\n"): typeof import('./graphql').StoreDiscountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreDiscounts($first: Int, $after: String) {\n    discountCodes(first: $first, after: $after) {\n      edges {\n        node {\n          ...StoreDiscount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    regions {\n      ...StoreRegion\n    }\n  }\n"): typeof import('./graphql').StoreDiscountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreCreateDiscount($input: CreateDiscountCodeInput!) {\n    createDiscountCode(input: $input) {\n      ...StoreDiscount\n    }\n  }\n"): typeof import('./graphql').StoreCreateDiscountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreSetDiscountActive($id: ID!, $active: Boolean!) {\n    setDiscountCodeActive(id: $id, active: $active) {\n      ...StoreDiscount\n    }\n  }\n"): typeof import('./graphql').StoreSetDiscountActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreShippingAndTax {\n    regions {\n      ...StoreRegion\n      locale\n    }\n    taxSettings {\n      region\n      rateBps\n      inclusive\n    }\n    shippingRates {\n      id\n      region\n      name\n      price {\n        ...StoreMoney\n      }\n      freeOver {\n        ...StoreMoney\n      }\n    }\n  }\n"): typeof import('./graphql').StoreShippingAndTaxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreSetTax($input: TaxSettingInput!) {\n    setTaxSetting(input: $input) {\n      region\n      rateBps\n      inclusive\n    }\n  }\n"): typeof import('./graphql').StoreSetTaxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreCreateShippingRate($input: ShippingRateInput!) {\n    createShippingRate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StoreCreateShippingRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreDeleteShippingRate($id: ID!) {\n    deleteShippingRate(id: $id)\n  }\n"): typeof import('./graphql').StoreDeleteShippingRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoreCatalogJob on CatalogJob {\n    id\n    kind\n    status\n    problems {\n      row\n      column\n      message\n    }\n    summary {\n      name\n      count\n    }\n    downloadUrl\n    createdAt\n    finishedAt\n  }\n"): typeof import('./graphql').StoreCatalogJobFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreExportCatalog {\n    exportCatalog {\n      ...StoreCatalogJob\n    }\n  }\n"): typeof import('./graphql').StoreExportCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreImportCatalog($csv: String!) {\n    importCatalog(csv: $csv) {\n      ...StoreCatalogJob\n    }\n  }\n"): typeof import('./graphql').StoreImportCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreCatalogJob($id: ID!) {\n    catalogJob(id: $id) {\n      ...StoreCatalogJob\n    }\n  }\n"): typeof import('./graphql').StoreCatalogJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').CreateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTenant($tenantSlug: String!) {\n    switchTenant(tenantSlug: $tenantSlug) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').SwitchTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      user {\n        id\n        email\n        name\n        emailVerified\n      }\n      tenant {\n        id\n        slug\n        name\n        plan\n      }\n      role\n      permissions\n      siteIds\n      memberships(first: 50) {\n        edges {\n          node {\n            id\n            role\n            tenant {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
