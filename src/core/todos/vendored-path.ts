/**
 * A subset of GitHub Linguist's `lib/linguist/vendor.yml` (plus the path rules of its `generated.rb` that name
 * dependency trees: `node_modules?`, `godeps?`, `cocoapods?`, `carthage_build?`), hand-copied. Directories are
 * matched with a trailing slash (`vendor/`), so each rule prunes a whole tree.
 *
 * Left out on purpose, because in a TODO scan they would hide the repository's own code: `(.*?)\.d\.ts$`
 * (hand-written declarations), `^tools/`, `^deps/`, `(^|/)cache/`, `(^|/)env/` and `extern(al)?/` (common names for
 * first-party folders), `^debian/`, the autoconf files, `Jenkinsfile`/`Vagrantfile`/`fabfile.py`, the
 * `gitignore$`-style config files, and the broad library-name rules (`prototype(.*)\.js`, `angular([^.]*)\.js`,
 * `foundation(\..*)?\.js`) that match ordinary file names. Linguist's unanchored `vendors?/` is anchored to a path
 * segment. Added beyond Linguist: Yarn Berry's `.yarn/` and Python virtual environments (`venv/`, `.venv/`).
 */
const VENDORED: readonly RegExp[] = [
  // Dependency trees of package managers.
  /(^|\/)node_modules\//,
  /(^|\/)bower_components\//,
  /(^|\/)\.yarn\//,
  /(^|\/)Godeps\//,
  /^Pods\//,
  /^Carthage\//,
  /^[Dd]ependencies\//,
  /^[Pp]ackages\/.+\.\d+\//,
  /(^|\/)\.?venv\//,
  /(^|\/)gradle\/wrapper\//,
  /(^|\/)gradlew(\.bat)?$/,
  // Vendored and third-party code, build output.
  /(^|\/)vendors?\//,
  /(^|\/)[Vv]+endor\//,
  /(^|\/)third[-_]?party\//,
  /(^|\/)3rd[-_]?party\//,
  /(^|\/)dist\//,
  /(^|\/)docs?\/_?(build|themes?|templates?|static)\//,
  /(^|\/)\.google_apis\//,
  /(^|\/)Sparkle\//,
  /(^|\/)(Crashlytics|Fabric)\.framework\//,
  // Test fixtures are other people's files by design (and a TODO scanner's fixtures are full of fake TODOs).
  /^[Tt]ests?\/fixtures\//,
  /^[Ss]pecs?\/fixtures\//,
  // Minified and commonly bundled JavaScript and CSS.
  /(\.|-)min\.(js|css)$/,
  /(^|\/)jquery([^.]*)\.js$/,
  /(^|\/)jquery-\d\.\d+(\.\d+)?\.js$/,
  /(^|\/)jquery-ui(-\d\.\d+(\.\d+)?)?(\.\w+)?\.(js|css)$/,
  /(^|\/)jquery\.(ui|effects)\.([^.]*)\.(js|css)$/,
  /(^|\/)bootstrap([^.]*)\.(js|css|less|scss|styl)$/,
  /(^|\/)bootstrap-datepicker\//,
  /(^|\/)font-awesome\.(css|less|scss|styl)$/,
  /(^|\/)normalize\.(css|less|scss|styl)$/,
  /(^|\/)animate\.(css|less|scss|styl)$/,
  /(^|\/)modernizr-\d\.\d+(\.\d+)?\.js$/,
  /(^|\/)modernizr\.custom\.\d+\.js$/,
  /(^|\/)html5shiv\.js$/,
  /(^|\/)d3(\.v\d+)?([^.]*)\.js$/,
  /(^|\/)react(-[^.]*)?\.js$/,
  /(^|\/)mootools([^.]*)\d+\.\d+.\d+([^.]*)\.js$/,
  /(^|\/)dojo\.js$/,
  /(^|\/)MochiKit\.js$/,
  /(^|\/)(yahoo-|yui)([^.]*)\.js$/,
  /(^|\/)ckeditor\.js$/,
  /(^|\/)tiny_mce([^.]*)\.js$/,
  /(^|\/)tiny_mce\/(langs|plugins|themes|utils)/,
  /(^|\/)ace-builds\//,
  /(^|\/)MathJax\//,
  /(^|\/)Chart\.js$/,
  /(^|\/)[Cc]ode[Mm]irror\/(\d+\.\d+\/)?(lib|mode|theme|addon|keymap|demo)/,
  /-vsdoc\.js$/,
  /\.intellisense\.js$/,
];

/**
 * Whether a repo-relative POSIX path is vendored by GitHub Linguist's conventions (`vendor.yml`): dependency trees,
 * third-party and build-output folders, minified and commonly bundled libraries. Pass a directory with a trailing
 * slash (`lib/vendor/`) to test the whole folder at once.
 */
export function vendoredPath(path: string): boolean {
  return VENDORED.some((rule) => rule.test(path));
}
